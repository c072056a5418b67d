import { renderToString } from 'preact-render-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setLanguage } from '../i18n/i18n';
import { initAllTexts } from '../test-support/all-texts';
import { EasyText } from './EasyText';
import { Pictogram, ActionPictogram } from './Pictogram';

const TEXT = 'Ihr Antrag ist da. Der Fach·dienst prüft den Antrag.';

beforeAll(() => {
  initAllTexts('de');
});
afterAll(() => setLanguage('de'));

describe('EasyText', () => {
  it('shows standard German as it is', async () => {
    await setLanguage('de');
    expect(renderToString(<EasyText text={TEXT} />)).toBe(TEXT);
  });

  it('puts each sentence on its own line in Leichte Sprache and links the first mention of each official word', async () => {
    await setLanguage('de-x-easy');
    const html = renderToString(<EasyText text={TEXT} />);
    expect(html.match(/class="easy-sentence"/g)).toHaveLength(2);
    expect(html.match(/href="\/leichte-sprache\/woerterbuch#wort-antrag"/g)).toHaveLength(1);
    expect(html).toContain('href="/leichte-sprache/woerterbuch#wort-fachdienst"');
    expect(html).toContain('(Wort im Wörter·buch)');
  });

  it('can leave the words unlinked (the Wörter·buch itself)', async () => {
    await setLanguage('de-x-easy');
    expect(renderToString(<EasyText text={TEXT} explain={false} />)).not.toContain('<a ');
  });
});

describe('pictograms', () => {
  it('are hidden from screen readers and drawn in the text colour', () => {
    const svg = renderToString(<Pictogram name="send" />);
    expect(svg).toContain('aria-hidden="true"');
    expect(svg).toContain('stroke="currentColor"');
  });

  it('appear at actions only in Leichte Sprache', async () => {
    await setLanguage('de');
    expect(renderToString(<ActionPictogram name="next" />)).toBe('');
    await setLanguage('de-x-easy');
    expect(renderToString(<ActionPictogram name="next" />)).toContain('data-pictogram="next"');
  });
});
