import { useState } from 'preact/hooks';
import { describeApiFailure } from '../../api/api-error-text';
import { PlainTextField } from '../../components/Field/PlainTextField';
import { useT } from '../../i18n/i18n';
import { clearFollowUp, setFollowUp, type CaseDetail } from './clerk-api';
import { useFormErrors } from '../../components/ErrorSummary/use-form-errors';
import { CASE_ACTIONS_ID, atElements, sectionElement, type CaseFeedback } from './case-problems';

const FIELDS = { date: 'follow-up-date', followUpNote: 'follow-up-note' };

/** The case's follow-up (Wiedervorlage): the day it comes back to the department, and why. */
export function CaseFollowUp({ found, onChange, feedback }: { found: CaseDetail; onChange(c: CaseDetail): void; feedback: CaseFeedback }) {
  const t = useT();
  const [date, setDate] = useState(found.followUp?.date ?? '');
  const [note, setNote] = useState(found.followUp?.note ?? '');
  const problems = useFormErrors(sectionElement, CASE_ACTIONS_ID, feedback.problems);

  const save = async (e: Event) => {
    e.preventDefault();
    if (!date) {
      return problems.show((t) => [{ field: FIELDS.date, text: t('clerk-workday:followUp.missingDate') }]);
    }
    try {
      const followUp = await setFollowUp(found.id, date, note);
      problems.clear();
      onChange({ ...found, followUp });
      feedback.done((t) => t('clerk-workday:followUp.saved'));
    } catch (error) {
      problems.show(atElements((t) => describeApiFailure(t, error), FIELDS, FIELDS.date));
    }
  };

  const clear = async () => {
    try {
      await clearFollowUp(found.id);
      setDate('');
      setNote('');
      onChange({ ...found, followUp: null });
      feedback.done((t) => t('clerk-workday:followUp.cleared'));
    } catch (error) {
      feedback.problems(atElements((t) => describeApiFailure(t, error), FIELDS));
    }
  };

  return (
    <>
      {found.followUp ? <p id="follow-up-current">{t('clerk-workday:followUp.current', { date: found.followUp.date, note: found.followUp.note || '–' })}</p> : null}
      {found.readOnly ? null : (
        <form noValidate class="decision-form" onSubmit={save}>
          <div class={problems.at(FIELDS.date) ? 'form-group form-group--error' : 'form-group'}>
            <label class="label" for={FIELDS.date}>
              {t('clerk-workday:followUp.date')}
            </label>
            <p class="hint" id={`${FIELDS.date}-hint`}>
              {t('clerk-workday:followUp.dateHint')}
            </p>
            {problems.at(FIELDS.date) ? (
              <p class="error-message" id={`${FIELDS.date}-error`}>
                <span class="visually-hidden">{t('common:errorPrefix')} </span>
                {problems.at(FIELDS.date)}
              </p>
            ) : null}
            <input
              class={problems.at(FIELDS.date) ? 'input input--width-10 input--error' : 'input input--width-10'}
              type="date"
              id={FIELDS.date}
              value={date}
              onInput={(e) => setDate(e.currentTarget.value)}
              aria-describedby={`${FIELDS.date}-hint${problems.at(FIELDS.date) ? ` ${FIELDS.date}-error` : ''}`}
            />
          </div>
          <PlainTextField id={FIELDS.followUpNote} name={FIELDS.followUpNote} label={t('clerk-workday:followUp.note')} error={problems.at(FIELDS.followUpNote)} value={note} onInput={setNote} />
          <div class="button-group">
            <button type="submit" class="button button--secondary" id="follow-up-save">
              {t('clerk-workday:followUp.save')}
            </button>
            {found.followUp ? (
              <button type="button" class="button button--secondary" id="follow-up-clear" onClick={clear}>
                {t('clerk-workday:followUp.clear')}
              </button>
            ) : null}
          </div>
        </form>
      )}
    </>
  );
}
