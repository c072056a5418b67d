import { useEffect, useState } from 'preact/hooks';
import { describeApiFailure } from '../../api/api-error-text';
import { useT } from '../../i18n/i18n';
import { currentUser } from '../../session/session';
import { changeAssignment, fetchStaff, type CaseDetail, type Colleague } from './clerk-api';
import { atElements, type CaseFeedback } from './case-problems';

/** Who works the case: anyone may take it; the department lead may give it to a colleague. */
export function CaseAssignment({ found, onChange, feedback }: { found: CaseDetail; onChange(c: CaseDetail): void; feedback: CaseFeedback }) {
  const t = useT();
  const user = currentUser.value;
  const isLead = user?.role === 'lead';
  const [staff, setStaff] = useState<Colleague[]>([]);
  const [choice, setChoice] = useState('');
  useEffect(() => {
    if (isLead) fetchStaff().then(setStaff, () => undefined);
  }, [isLead]);

  const change = async (action: 'assignToMe' | 'assign' | 'unassign', assigneeId?: string) => {
    try {
      onChange(await changeAssignment(found.id, action, assigneeId));
      feedback.done((t) => t(`clerk:detail.done.${action}`));
    } catch (error) {
      feedback.problems(atElements((t) => describeApiFailure(t, error), { assignee: 'assignee' }));
    }
  };

  return (
    <>
      <p>{found.assignee ? t('clerk:detail.assignedTo', { name: found.assignee.name }) : t('clerk:detail.notAssigned')}</p>
      {found.readOnly ? null : (
        <div class="button-group">
          {found.assignee?.id !== user?.id ? (
            <button type="button" class="button button--secondary" id="assign-me" onClick={() => change('assignToMe')}>
              {t('clerk:actions.assignToMe')}
            </button>
          ) : null}
        </div>
      )}
      {isLead && !found.readOnly ? (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (choice) void change('assign', choice);
            else void change('unassign');
          }}
        >
          <div class="form-group">
            <label class="label" for="assignee">
              {t('clerk:detail.assignLabel')}
            </label>
            <select class="select" id="assignee" value={choice} onChange={(e) => setChoice(e.currentTarget.value)}>
              <option value="">{t('clerk:inbox.unassigned')}</option>
              {staff.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" class="button button--secondary">
            {t('clerk:actions.assign')}
          </button>
        </form>
      ) : null}
    </>
  );
}
