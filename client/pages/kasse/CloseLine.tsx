import { useState } from 'preact/hooks';
import { formatEuro } from '../../../domain/catalogue/fee';
import { saidFailure } from '../../api/api-error-text';
import { language, useT, type Said } from '../../i18n/i18n';
import { INTL_LOCALES } from '../../i18n/languages';
import { closeLine, type StatementLine } from './kasse-api';

/**
 * A note and "Erledigt" in the row of an open payment. The label is hidden but names the
 * payment (amount and day), so each of the table's fields is told apart by a screen reader.
 */
export function CloseLine({ line, onClosed, onProblem }: { line: StatementLine; onClosed(text: Said): void; onProblem(text: Said, fieldId: string): void }) {
  const t = useT();
  const locale = INTL_LOCALES[language.value];
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const id = `close-${line._id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  const amount = formatEuro(line.amountCents, locale);
  const submit = async () => {
    if (busy) return;
    if (!note.trim()) return onProblem((t) => t('kasse:problems.note.required'), id);
    setBusy(true);
    try {
      await closeLine(line._id, note.trim());
      const cents = line.amountCents;
      onClosed((t) => t('kasse:close.done', { amount: formatEuro(cents, INTL_LOCALES[language.value]) }));
    } catch (failure) {
      onProblem(saidFailure(failure), id);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      noValidate
      class="kasse-close"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label class="visually-hidden" for={id}>
        {t('kasse:close.label', { amount, date: line.bookingDate })}
      </label>
      <input class="input" id={id} name="note" value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      <button type="submit" class="button button--secondary" disabled={busy}>
        {t('kasse:close.submit')}
      </button>
    </form>
  );
}
