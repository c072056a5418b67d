import type { CatalogueEntry } from '../../../domain/catalogue/service-definition';
import { summaryOf, titleOf, useCurrentEntries } from '../../catalogue/catalogue';
import { EasyText } from '../../easy-language/EasyText';
import { Loading } from '../../components/Loading/Loading';
import { hasText, useT } from '../../i18n/i18n';
import { servicePath } from '../service/service-paths';

/** Order of the groups on the start page; a topic not named here joins the last group. */
export const TOPICS = ['abfall', 'wasser', 'strasse', 'buergerbuero', 'fundbuero', 'anliegen', 'weitere'] as const;

function topicOf(entry: CatalogueEntry): string {
  return (TOPICS as readonly string[]).includes(entry.topic) ? entry.topic : 'weitere';
}

function EntryLink({ entry }: { entry: CatalogueEntry }) {
  const t = useT();
  if (entry.kind === 'external') {
    // Leaving the portal must be announced before the click (WCAG 3.2.5 advice, GOV.UK external link
    // pattern): the marker is part of the link text, so screen readers read it with the name.
    return (
      <a class="service-list__link" href={entry.url} rel="noopener">
        {titleOf(entry)} <span class="tag tag--grey">{t('catalogue:external.marker')}</span>
      </a>
    );
  }
  return (
    <a class="service-list__link" href={servicePath(entry.id)}>
      {titleOf(entry)}
    </a>
  );
}

/** Every offer of the catalogue, grouped by topic; external offers are marked as leaving the portal. */
export function ServiceDirectory() {
  const t = useT();
  const entries = useCurrentEntries();
  if (!entries) return <Loading />;
  // Said once for all external offers (each link still carries its marker), not after each one.
  const external = entries.some((e) => e.kind === 'external');
  return (
    <>
      {external ? (
        <p class="hint" id="external-explanation">
          <EasyText text={hasText('directory:externalOnce') ? t('directory:externalOnce') : t('catalogue:external.explanation')} />
        </p>
      ) : null}
      {TOPICS.map((topic) => {
        const inTopic = entries.filter((e) => topicOf(e) === topic);
        if (!inTopic.length) return null;
        return (
          <section key={topic} aria-labelledby={`topic-${topic}`}>
            <h3 class="heading-s" id={`topic-${topic}`}>
              {hasText(`catalogue:topics.${topic}`) ? t(`catalogue:topics.${topic}`) : topic}
            </h3>
            <ul class="service-list">
              {inTopic.map((entry) => (
                <li key={entry.id}>
                  <EntryLink entry={entry} />
                  <p>
                    <EasyText text={summaryOf(entry)} />
                  </p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
