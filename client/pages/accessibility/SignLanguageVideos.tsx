import { PORTAL_TOPICS, type SignLanguageVideo } from '../../../domain/accessibility/portal-guide';
import type { Translate } from '../../i18n/i18n';

interface Props {
  videos: readonly SignLanguageVideo[];
  t: Translate;
  /** Language of the transcripts (the Leichte Sprache page shows Leichte Sprache). */
  lng?: string;
}

function minutes(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(Math.round(seconds % 60)).padStart(2, '0')}`;
}

/**
 * One slot per explained topic with a DGS video: native controls (keyboard and screen reader
 * operable), German captions as a `<track>` (WCAG 1.2.2) and the topic's text as transcript
 * (1.2.1 / 1.2.3). Nothing plays by itself, nothing is fetched before the citizen presses play
 * (`preload="none"`). Without videos a notice says they are coming, so the room is visible and honest.
 */
export function SignLanguageVideos({ videos, t, lng }: Props) {
  const o = lng ? { lng } : {};
  const withVideo = PORTAL_TOPICS.map((topic) => ({ topic, video: videos.find((v) => v.topic === topic) })).filter(
    (x): x is { topic: (typeof PORTAL_TOPICS)[number]; video: SignLanguageVideo } => x.video !== undefined,
  );
  return (
    <section class="dgs" aria-labelledby="dgs-title">
      <h2 class="heading-m" id="dgs-title">
        {t('gebaerdensprache:sectionTitle', o)}
      </h2>
      {withVideo.length === 0 ? (
        <div class="inset-text" id="dgs-coming">
          <p>{t('gebaerdensprache:comingSoon', o)}</p>
          <p>{t('gebaerdensprache:meanwhile', o)}</p>
        </div>
      ) : (
        withVideo.map(({ topic, video }) => {
          const titleId = `dgs-${topic}-title`;
          const sentences = t(`leichte-sprache-start:topics.${topic}.text`, { ...o, returnObjects: true }) as unknown as string[];
          return (
            <figure class="dgs-video" key={topic} aria-labelledby={titleId}>
              <h3 class="heading-s" id={titleId}>
                {t(`leichte-sprache-start:topics.${topic}.title`, o)}
              </h3>
              <video class="dgs-video__player" controls preload="none" poster={video.poster} aria-labelledby={titleId}>
                <source src={video.src} type={video.type} />
                <track kind="captions" src={video.captions} srclang="de" label={t('gebaerdensprache:captionsLabel', o)} default />
                <p>
                  {t('gebaerdensprache:noVideo', o)} <a href={video.src}>{t('gebaerdensprache:download', o)}</a>
                </p>
              </video>
              <figcaption class="dgs-video__caption">{t('gebaerdensprache:duration', { ...o, duration: minutes(video.durationSeconds) })}</figcaption>
              <details class="dgs-video__transcript">
                <summary>{t('gebaerdensprache:transcript', o)}</summary>
                {(Array.isArray(sentences) ? sentences : []).map((s) => (
                  <p key={s}>{s}</p>
                ))}
              </details>
            </figure>
          );
        })
      )}
    </section>
  );
}
