import { PORTAL_TOPICS, type PortalTopic } from '../../../domain/accessibility/portal-guide';
import type { Translate } from '../../i18n/i18n';

/** Where each topic leads on from; the link texts are `leichte-sprache-start:links.<key>`. */
const TOPIC_LINKS: Partial<Record<PortalTopic, readonly { href: string; key: string }[]>> = {
  konto: [
    { href: '/registrieren', key: 'register' },
    { href: '/anmelden', key: 'login' },
  ],
  antrag: [{ href: '/', key: 'start' }],
  hilfe: [
    { href: '/barriere-melden', key: 'report' },
    { href: '/barrierefreiheit', key: 'statement' },
  ],
};

/**
 * The explanations of the portal, one section per topic, one sentence per paragraph (Leichte
 * Sprache puts each statement on its own line). `lng` fixes the language of the texts.
 */
export function PortalTopics({ t, lng, level = 2 }: { t: Translate; lng?: string; level?: 2 | 3 }) {
  const o = lng ? { lng } : {};
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <>
      {PORTAL_TOPICS.map((topic) => {
        const sentences = t(`leichte-sprache-start:topics.${topic}.text`, { ...o, returnObjects: true }) as unknown as string[];
        return (
          <section class="portal-topic" key={topic} aria-labelledby={`topic-${topic}-title`}>
            <Heading class={level === 2 ? 'heading-m' : 'heading-s'} id={`topic-${topic}-title`}>
              {t(`leichte-sprache-start:topics.${topic}.title`, o)}
            </Heading>
            {(Array.isArray(sentences) ? sentences : []).map((s) => (
              <p class="portal-topic__sentence" key={s}>
                {s}
              </p>
            ))}
            {TOPIC_LINKS[topic] ? (
              <ul class="plain-list">
                {TOPIC_LINKS[topic]!.map((l) => (
                  <li key={l.href}>
                    <a href={l.href}>{t(`leichte-sprache-start:links.${l.key}`, o)}</a>
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
        );
      })}
    </>
  );
}
