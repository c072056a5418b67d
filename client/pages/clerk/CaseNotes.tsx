import { useEffect, useState } from 'preact/hooks';
import { describeApiFailure } from '../../api/api-error-text';
import { PlainTextField } from '../../components/Field/PlainTextField';
import { formatTimestamp } from '../../format/format-date';
import { language, useT } from '../../i18n/i18n';
import { INTL_LOCALES } from '../../i18n/languages';
import { addNote, fetchNotes, type CaseDetail, type InternalNote } from './clerk-api';
import { useFormErrors } from '../../components/ErrorSummary/use-form-errors';
import { CASE_ACTIONS_ID, atElements, sectionElement, type CaseFeedback } from './case-problems';

/** Notes for the department only; the citizen never receives them. */
export function CaseNotes({ found, feedback }: { found: CaseDetail; feedback: CaseFeedback }) {
  const t = useT();
  const locale = INTL_LOCALES[language.value];
  const [notes, setNotes] = useState<InternalNote[]>([]);
  const [text, setText] = useState('');
  const problems = useFormErrors(sectionElement, CASE_ACTIONS_ID, feedback.problems);
  useEffect(() => {
    fetchNotes(found.id).then(setNotes, () => undefined);
  }, [found.id]);

  const save = async () => {
    if (!text.trim()) {
      return problems.show((t) => [{ field: 'note-text', text: t('clerk:missing.note') }]);
    }
    try {
      const note = await addNote(found.id, text.trim());
      setNotes([...notes, note]);
      setText('');
      problems.clear();
      feedback.done((t) => t('clerk:detail.done.note'));
    } catch (e) {
      problems.show(atElements((t) => describeApiFailure(t, e), { note: 'note-text' }));
    }
  };

  return (
    <>
      <p class="hint">{t('clerk:notes.intro')}</p>
      {notes.length ? (
        <ol class="thread">
          {notes.map((n) => (
            <li key={n.id} class="thread__message">
              <span class="thread__meta">
                {n.authorName} · <time dateTime={n.createdAt}>{formatTimestamp(n.createdAt, locale)}</time>
              </span>
              {n.text}
            </li>
          ))}
        </ol>
      ) : null}
      {found.readOnly ? null : (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <PlainTextField id="note-text" name="note" multiline label={t('clerk:notes.label')} error={problems.at('note-text')} value={text} onInput={setText} />
          <button type="submit" class="button button--secondary">
            {t('clerk:notes.save')}
          </button>
        </form>
      )}
    </>
  );
}
