import { useState } from 'preact/hooks';
import { describeApiFailure } from '../../api/api-error-text';
import { PlainTextField } from '../../components/Field/PlainTextField';
import { useT } from '../../i18n/i18n';
import { performAction, type CaseDetail } from './clerk-api';
import { useFormErrors } from '../../components/ErrorSummary/use-form-errors';
import { CASE_ACTIONS_ID, atElements, sectionElement, type CaseFeedback } from './case-problems';

/**
 * Starting work on a case whose fee is not paid yet: only with a reason, which the server keeps
 * in the history and the audit trail (domain/payments/work-gate.ts decides, the server enforces).
 */
export function StartBeforePayment({ found, onChange, feedback }: { found: CaseDetail; onChange(c: CaseDetail): void; feedback: CaseFeedback }) {
  const t = useT();
  const [reason, setReason] = useState('');
  const problems = useFormErrors(sectionElement, CASE_ACTIONS_ID, feedback.problems);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (busy) return;
    if (!reason.trim()) {
      return problems.show((t) => [{ field: 'payment-override', text: t('clerk-payments:override.missing') }]);
    }
    setBusy(true);
    try {
      onChange(await performAction(found.id, 'start', undefined, undefined, reason.trim()));
      setReason('');
      problems.clear();
      feedback.done((t) => t('clerk-payments:override.done'));
    } catch (failure) {
      problems.show(atElements((t) => describeApiFailure(t, failure), { paymentOverride: 'payment-override' }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      noValidate
      class="reason-form"
      id="start-before-payment"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 class="heading-s">{t('clerk-payments:override.title')}</h3>
      <p>{t('clerk-payments:override.waiting')}</p>
      <PlainTextField
        id="payment-override"
        name="payment-override"
        multiline
        label={t('clerk-payments:override.label')}
        hint={t('clerk-payments:override.hint')}
        error={problems.at('payment-override')}
        value={reason}
        onInput={setReason}
      />
      <button type="submit" class="button button--secondary" disabled={busy}>
        {t('clerk-payments:override.submit')}
      </button>
    </form>
  );
}
