import { useEffect, useState } from 'preact/hooks';
import { saidFailure } from '../../api/api-error-text';
import { PlainTextField } from '../../components/Field/PlainTextField';
import { useT } from '../../i18n/i18n';
import { useSaid } from '../../i18n/use-said';
import { currentUser } from '../../session/session';
import { BulkForwardFields } from './BulkForwardFields';
import { bulkAction, fetchStaff, type BulkBody, type CaseSummary, type Colleague } from './clerk-api';

type Action = Exclude<BulkBody['action'], 'complete' | 'reject'>;
/** Each case's result keeps its error code, not a sentence: worded at render, it follows a language switch. */
type Outcome = { done: number; count: number; cases: { id: string; reference: string; ok: boolean; error?: string }[] };

/**
 * One action for the rows picked in the table, in two steps: choose, then confirm in words that
 * name the action and the number of cases. The outcome (done, and what was not) is announced.
 */
export function BulkActions({ selected, cases, onDone }: { selected: ReadonlySet<string>; cases: CaseSummary[]; onDone(): void }) {
  const t = useT();
  const isLead = currentUser.value?.role === 'lead';
  const [action, setAction] = useState<Action | ''>('');
  const [assigneeId, setAssigneeId] = useState('');
  const [staff, setStaff] = useState<Colleague[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [error = '', setError] = useSaid();
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  const [reason, setReason] = useState('');
  const [department, setDepartment] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (isLead) fetchStaff().then(setStaff, () => undefined);
  }, [isLead]);
  useEffect(() => {
    if (confirming) document.getElementById('bulk-confirm-title')?.focus();
  }, [confirming]);

  const actions: Action[] = isLead ? ['assignToMe', 'assign', 'start', 'askForInfo', 'forward'] : ['assignToMe', 'start', 'askForInfo', 'forward'];
  const label = (a: Action) =>
    a === 'assign'
      ? `${t('clerk-workday:bulk.assign')} ${staff.find((s) => s.id === assigneeId)?.name ?? ''}`.trim()
      : a === 'forward' && department
        ? t('clerk-workday:bulk.forwardTo', { department: t(`departments:${department}`) })
        : t(`clerk-workday:bulk.${a}`);

  const next = (e: Event) => {
    e.preventDefault();
    setOutcome(undefined);
    const problem =
      selected.size === 0
        ? 'none'
        : !action
          ? 'noAction'
          : action === 'assign' && !assigneeId
            ? 'noColleague'
            : action === 'askForInfo' && !reason.trim()
              ? 'noQuestion'
              : action === 'forward' && !department
                ? 'noDepartment'
                : action === 'forward' && !reason.trim()
                  ? 'noForwardReason'
                  : '';
    setError(problem ? (t) => t(`clerk-workday:bulk.${problem}`) : undefined);
    if (!problem) setConfirming(true);
  };

  const run = async () => {
    if (busy || !action) return;
    setBusy(true);
    try {
      const ids = [...selected];
      const results = await bulkAction({
        ids,
        action,
        ...(action === 'assign' ? { assigneeId } : {}),
        ...(action === 'askForInfo' || action === 'forward' ? { reason } : {}),
        ...(action === 'forward' ? { department } : {}),
      });
      setOutcome({
        done: results.filter((r) => r.ok).length,
        count: results.length,
        cases: results.map((r) => ({
          id: r.id,
          ok: r.ok,
          reference: r.reference ?? cases.find((c) => c.id === r.id)?.reference ?? r.id,
          error: r.ok ? undefined : r.error,
        })),
      });
      setConfirming(false);
      setAction('');
      setReason('');
      setDepartment('');
      onDone();
    } catch (failure) {
      setError(saidFailure(failure));
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="bulk-actions" aria-labelledby="bulk-title">
      <h2 class="heading-s" id="bulk-title">
        {t('clerk-workday:bulk.title')}
      </h2>
      {/* Polite: read once after the action, never while the clerk types. */}
      <div role="status" id="bulk-outcome" class={outcome ? 'inset-text' : undefined}>
        {outcome ? (
          <>
            <p>{t('clerk-workday:bulk.done', { done: outcome.done, count: outcome.count })}</p>
            <ul class="bulk-outcome__cases">
              {outcome.cases.map((c) => (
                <li key={c.id} class={c.ok ? undefined : 'bulk-outcome__failed'}>
                  {c.reference}: {c.ok ? t('clerk-workday:bulk.caseDone') : t(`clerk-workday:bulk.errors.${c.error}`, { defaultValue: t('clerk-workday:bulk.errors.other') })}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
      {confirming && action ? (
        <div class="bulk-confirm">
          <h3 class="heading-s" id="bulk-confirm-title" tabIndex={-1}>
            {t('clerk-workday:bulk.confirmTitle')}
          </h3>
          <p>{t('clerk-workday:bulk.confirmText', { action: label(action), count: selected.size })}</p>
          <div class="button-group">
            <button type="button" class="button" id="bulk-confirm" onClick={run} disabled={busy}>
              {t('clerk-workday:bulk.confirm')}
            </button>
            <button type="button" class="button button--secondary" id="bulk-cancel" onClick={() => setConfirming(false)} disabled={busy}>
              {t('clerk-workday:bulk.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <form noValidate class="inbox-filters" onSubmit={next}>
          <div class={error ? 'form-group form-group--error inbox-filters__field' : 'form-group inbox-filters__field'}>
            <label class="label" for="bulk-action">
              {t('clerk-workday:bulk.action')}
            </label>
            <p class="hint" id="bulk-action-hint">
              {t('clerk-workday:bulk.decisionHint')}
            </p>
            {error ? (
              <p class="error-message" id="bulk-action-error">
                <span class="visually-hidden">{t('common:errorPrefix')} </span>
                {error}
              </p>
            ) : null}
            <select class="select" id="bulk-action" value={action} onChange={(e) => setAction(e.currentTarget.value as Action)} aria-describedby={`bulk-action-hint${error ? ' bulk-action-error' : ''}`}>
              <option value="" />
              {actions.map((a) => (
                <option key={a} value={a}>
                  {t(`clerk-workday:bulk.${a}`)}
                </option>
              ))}
            </select>
          </div>
          {action === 'askForInfo' ? (
            <PlainTextField id="bulk-reason" name="bulk-reason" multiline label={t('clerk-workday:bulk.question')} hint={t('clerk-workday:bulk.questionHint')} value={reason} onInput={setReason} />
          ) : null}
          {action === 'forward' ? <BulkForwardFields department={department} reason={reason} onDepartment={setDepartment} onReason={setReason} /> : null}
          {action === 'assign' ? (
            <div class="form-group inbox-filters__field">
              <label class="label" for="bulk-assignee">
                {t('clerk-workday:bulk.colleague')}
              </label>
              <select class="select" id="bulk-assignee" value={assigneeId} onChange={(e) => setAssigneeId(e.currentTarget.value)}>
                <option value="" />
                {staff.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <div class="button-group inbox-filters__actions">
            <button type="submit" class="button button--secondary" id="bulk-continue">
              {t('clerk-workday:bulk.continue')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
