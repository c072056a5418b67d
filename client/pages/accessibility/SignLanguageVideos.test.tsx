import i18next from 'i18next';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import type { SignLanguageVideo } from '../../../domain/accessibility/portal-guide';
import type { Translate } from '../../i18n/i18n';
import deDgs from '../../../locales/de/gebaerdensprache.json';
import deGuide from '../../../locales/de/leichte-sprache-start.json';
import easyDgs from '../../../locales/de-x-easy/gebaerdensprache.json';
import easyGuide from '../../../locales/de-x-easy/leichte-sprache-start.json';
import { SignLanguageVideos } from './SignLanguageVideos';

const i18n = i18next.createInstance();
void i18n.init({
  initAsync: false,
  lng: 'de',
  fallbackLng: 'de',
  resources: {
    de: { gebaerdensprache: deDgs, 'leichte-sprache-start': deGuide },
    'de-x-easy': { gebaerdensprache: easyDgs, 'leichte-sprache-start': easyGuide },
  },
  interpolation: { escapeValue: false },
  showSupportNotice: false,
});
const t = i18n.getFixedT('de') as unknown as Translate;

const VIDEO: SignLanguageVideo = { topic: 'antrag', src: '/dgs/antrag.mp4', type: 'video/mp4', captions: '/dgs/antrag.de.vtt', durationSeconds: 95 };

describe('the DGS video slots', () => {
  it('say the videos are coming while none is configured, and show no player', () => {
    const html = renderToString(<SignLanguageVideos videos={[]} t={t} lng="de-x-easy" />);
    expect(html).toContain('Die Videos in Gebärden·sprache kommen bald.');
    expect(html).not.toContain('<video');
  });

  it('give a configured video native controls, German captions and the topic text as transcript', () => {
    const html = renderToString(<SignLanguageVideos videos={[VIDEO]} t={t} />);
    expect(html).toContain('<h3 class="heading-s" id="dgs-antrag-title">So stellen Sie einen Antrag</h3>');
    expect(html).toMatch(/<video class="dgs-video__player" controls preload="none" aria-labelledby="dgs-antrag-title">/);
    expect(html).toContain('<source src="/dgs/antrag.mp4" type="video/mp4"/>');
    expect(html).toMatch(/<track kind="captions" src="\/dgs\/antrag.de.vtt" srclang="de" label="Deutsch \(Untertitel\)" default/);
    expect(html).toContain('Länge: 1:35 Minuten');
    expect(html).toContain('<summary>Text zum Video</summary>');
    expect(html).toContain(deGuide.topics.antrag.text[0]);
    // Only topics with a video get a slot.
    expect(html).not.toContain('dgs-portal-title');
    expect(html).not.toContain('kommen bald');
  });
});
