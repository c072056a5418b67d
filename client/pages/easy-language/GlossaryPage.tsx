import { useEffect } from 'preact/hooks';
import { usePageTitle } from '../../app/page-title';
import { PageHeading } from '../../components/PageHeading/PageHeading';
import { EasyText } from '../../easy-language/EasyText';
import { GLOSSARY, glossaryAnchor } from '../../easy-language/glossary';
import { useT } from '../../i18n/i18n';

/**
 * Wörter·buch: the official words Leichte Sprache cannot avoid, explained (in every language, so
 * a helper reading along in standard German or English finds the same entries). A link to
 * `#wort-<id>` from a text lands on its entry.
 */
export function GlossaryPage() {
  const t = useT();
  usePageTitle(t('easy:glossary.title'));
  useEffect(() => {
    const id = window.location.hash.slice(1);
    if (!id) return;
    // After the app has focused the page heading (next frame), move on to the entry asked for.
    const frame = requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const entry = document.getElementById(id);
        entry?.focus();
        entry?.scrollIntoView();
      }),
    );
    return () => cancelAnimationFrame(frame);
  }, []);
  return (
    <>
      <PageHeading>{t('easy:glossary.title')}</PageHeading>
      <p class="lead">
        <EasyText text={t('easy:glossary.lead')} explain={false} />
      </p>
      {GLOSSARY.map(({ id }) => (
        <section class="glossary-entry" key={id} aria-labelledby={glossaryAnchor(id)}>
          <h2 class="heading-m" id={glossaryAnchor(id)} tabIndex={-1}>
            {t(`easy:glossary.terms.${id}.term`)}
          </h2>
          <p>
            <EasyText text={t(`easy:glossary.terms.${id}.explanation`)} explain={false} />
          </p>
        </section>
      ))}
    </>
  );
}
