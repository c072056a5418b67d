import { displaySentences } from '../../domain/readability/text-units';
import { namespaceReady } from '../i18n/namespace-texts';
import { useT } from '../i18n/i18n';
import { GLOSSARY_PATH, easyLanguage } from './easy-mode';
import { GLOSSARY, glossaryAnchor, markGlossaryTerms } from './glossary';

/**
 * A running text (paragraph, hint, notice). In Leichte Sprache each sentence stands on its own
 * line, and the first mention of an official word links to its explanation in the Wörter·buch;
 * in every other language the text is shown as it is. Use inside a `<p>` or `.hint`: the
 * sentences are spans shown as blocks, so the paragraph stays one paragraph for screen readers.
 */
export function EasyText({ text, explain = true }: { text: string; explain?: boolean }) {
  const t = useT();
  if (!easyLanguage.value) return <>{text}</>;
  // Links need their hidden suffix text from the lazy chunk; the start page can paint before it.
  const marked = new Set<string>(explain && namespaceReady('easy') ? [] : GLOSSARY.map((term) => term.id));
  return (
    <>
      {displaySentences(text).map((sentence, i) => (
        <span class="easy-sentence" key={i}>
          {markGlossaryTerms(sentence, marked).map((part, j) =>
            part.term ? (
              <a key={j} class="glossary-link" href={`${GLOSSARY_PATH}#${glossaryAnchor(part.term)}`}>
                {part.text}
                <span class="visually-hidden"> {t('easy:glossary.linkSuffix')}</span>
              </a>
            ) : (
              part.text
            ),
          )}{' '}
        </span>
      ))}
    </>
  );
}
