import { useEffect } from 'preact/hooks';
import { DEPARTMENTS } from '../../../domain/catalogue/departments';
import { PlainTextField } from '../../components/Field/PlainTextField';
import { departments, loadDepartments } from '../../departments/departments';
import { useT } from '../../i18n/i18n';
import { currentUser } from '../../session/session';

/**
 * Where the picked cases go and why (the citizens read the reason): another active department,
 * never the clerk's own. The server checks the target again; this list only helps to choose.
 */
export function BulkForwardFields({ department, reason, onDepartment, onReason }: { department: string; reason: string; onDepartment(d: string): void; onReason(r: string): void }) {
  const t = useT();
  useEffect(() => {
    void loadDepartments();
  }, []);
  const own = currentUser.value?.department;
  const targets = (departments.value?.filter((d) => d.active).map((d) => d.id) ?? DEPARTMENTS.map((d) => d.id)).filter((id) => id !== own);
  return (
    <>
      <div class="form-group inbox-filters__field">
        <label class="label" for="bulk-department">
          {t('clerk-workday:bulk.department')}
        </label>
        <select class="select" id="bulk-department" value={department} onChange={(e) => onDepartment(e.currentTarget.value)}>
          <option value="" />
          {targets.map((id) => (
            <option key={id} value={id}>
              {t(`departments:${id}`)}
            </option>
          ))}
        </select>
      </div>
      <PlainTextField id="bulk-forward-reason" name="bulk-forward-reason" multiline label={t('clerk-workday:bulk.forwardReason')} hint={t('clerk-workday:bulk.forwardReasonHint')} value={reason} onInput={onReason} />
    </>
  );
}
