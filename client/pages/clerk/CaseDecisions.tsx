import { useEffect, useState } from 'preact/hooks';
import { DEPARTMENTS } from '../../../domain/catalogue/departments';
import { CLERK_ACTIONS, canTransition, type ClerkAction } from '../../../domain/lifecycle/request-status';
import { workWaitsForPayment } from '../../../domain/payments/work-gate';
import { describeApiFailure } from '../../api/api-error-text';
import { PlainTextField } from '../../components/Field/PlainTextField';
import { departments, loadDepartments } from '../../departments/departments';
import { useT } from '../../i18n/i18n';
import { performAction, type CaseDetail } from './clerk-api';
import { useFormErrors } from '../../components/ErrorSummary/use-form-errors';
import { CASE_ACTIONS_ID, atElements, sectionElement, type CaseFeedback } from './case-problems';
import { StartBeforePayment } from './StartBeforePayment';
import { DecisionForm, SentDecision } from './DecisionForm';

const WITH_REASON = ['askForInfo', 'reject', 'forward'] as const;
type ReasonAction = (typeof WITH_REASON)[number];

/** The decisions the case's status allows: plain buttons, and a small form for each that needs words. */
export function CaseDecisions({ found, onChange, feedback }: { found: CaseDetail; onChange(c: CaseDetail): void; feedback: CaseFeedback }) {
  const t = useT();
  const [reasons, setReasons] = useState<Record<ReasonAction, string>>({ askForInfo: '', reject: '', forward: '' });
  const [department, setDepartment] = useState('');
  const problems = useFormErrors(sectionElement, CASE_ACTIONS_ID, feedback.problems);
  const [busy, setBusy] = useState(false);
  const possible = (Object.keys(CLERK_ACTIONS) as ClerkAction[]).filter((a) => canTransition('clerk', found.status, CLERK_ACTIONS[a]));
  // An unpaid fee holds the plain start back; starting anyway takes a reason (own form below).
  const startNeedsReason = possible.includes('start') && workWaitsForPayment(found);
  // The administrator may have added or deactivated a department since the app started.
  useEffect(() => {
    void loadDepartments();
  }, []);
  // The stored list once it is there (until then the seed list, which the server checks anyway).
  const targets = (departments.value?.filter((d) => d.active).map((d) => d.id) ?? DEPARTMENTS.map((d) => d.id)).filter((id) => id !== found.department);

  const act = async (action: ClerkAction) => {
    if (busy) return;
    const reason = (WITH_REASON as readonly string[]).includes(action) ? reasons[action as ReasonAction].trim() : '';
    const missing = [
      ...((WITH_REASON as readonly string[]).includes(action) && !reason ? [{ field: `reason-${action}`, key: `clerk:detail.reasonMissing.${action}` }] : []),
      ...(action === 'forward' && !department ? [{ field: 'forward-department', key: 'clerk:missing.department' }] : []),
    ];
    if (missing.length) return problems.show((t) => missing.map(({ field, key }) => ({ field, text: t(key) })));
    problems.clear();
    setBusy(true);
    try {
      onChange(await performAction(found.id, action, reason || undefined, action === 'forward' ? department : undefined));
      setReasons({ askForInfo: '', reject: '', forward: '' });
      feedback.done((t) => t(`clerk:detail.done.${action}`));
    } catch (error) {
      problems.show(atElements((t) => describeApiFailure(t, error), { reason: `reason-${action}`, department: 'forward-department' }, `reason-${action}`));
    } finally {
      setBusy(false);
    }
  };

  if (found.decision) return <SentDecision found={found} />;
  if (possible.length === 0) return <p>{t('clerk:detail.noActions')}</p>;
  const reasonForm = (action: ReasonAction, extra?: preact.JSX.Element) =>
    possible.includes(action) ? (
      <form
        key={action}
        noValidate
        class="reason-form"
        onSubmit={(e) => {
          e.preventDefault();
          void act(action);
        }}
      >
        <h3 class="heading-s">{t(`clerk:detail.forms.${action}.title`)}</h3>
        {extra}
        <PlainTextField
          id={`reason-${action}`}
          name={`reason-${action}`}
          multiline
          label={t(`clerk:detail.forms.${action}.label`)}
          hint={t(`clerk:detail.forms.${action}.hint`)}
          error={problems.at(`reason-${action}`)}
          value={reasons[action]}
          onInput={(value) => setReasons({ ...reasons, [action]: value })}
        />
        <button type="submit" class={action === 'reject' ? 'button button--warning' : 'button button--secondary'} disabled={busy}>
          {t(`clerk:actions.${action}`)}
        </button>
      </form>
    ) : null;

  return (
    <>
      <div class="button-group">
        {possible
          .filter((a) => !(WITH_REASON as readonly string[]).includes(a) && a !== 'complete' && !(a === 'start' && startNeedsReason))
          .map((a) => (
            <button key={a} type="button" class="button" id={`action-${a}`} onClick={() => act(a)} disabled={busy}>
              {t(`clerk:actions.${a}`)}
            </button>
          ))}
      </div>
      {startNeedsReason ? <StartBeforePayment found={found} onChange={onChange} feedback={feedback} /> : null}
      {reasonForm('askForInfo')}
      {reasonForm(
        'forward',
        <div class={problems.at('forward-department') ? 'form-group form-group--error' : 'form-group'}>
          <label class="label" for="forward-department">
            {t('clerk:detail.forms.forward.department')}
          </label>
          {problems.at('forward-department') ? (
            <p class="error-message" id="forward-department-error">
              <span class="visually-hidden">{t('common:errorPrefix')} </span>
              {problems.at('forward-department')}
            </p>
          ) : null}
          <select
            class="select"
            id="forward-department"
            value={department}
            onChange={(e) => setDepartment(e.currentTarget.value)}
            aria-describedby={problems.at('forward-department') ? 'forward-department-error' : undefined}
          >
            <option value="">{t('clerk:detail.forms.forward.choose')}</option>
            {targets.map((id) => (
              <option key={id} value={id}>
                {t(`departments:${id}`)}
              </option>
            ))}
          </select>
        </div>,
      )}
      {/* Completing and rejecting go out as a letter: previewed, then confirmed (DecisionForm). */}
      <DecisionForm found={found} onChange={onChange} feedback={feedback} />
    </>
  );
}
