import { departmentNameIn } from '../../departments/departments';
import { STAFF_ROLES, worksCases, type StaffRole } from '../../../domain/staff/roles';
import { ErrorMessage, FormGroup, describedBy } from '../../components/Field/FormGroup';
import { language, useT } from '../../i18n/i18n';
import type { AdminDepartment } from './admin-api';

interface Props {
  role: StaffRole | '';
  department: string;
  /** Departments to offer: the active ones, and the account's own even if it was deactivated since. */
  departments: readonly AdminDepartment[];
  errorAt(field: string): string | undefined;
  onChange(role: StaffRole | '', department: string): void;
}

/**
 * Role as radios with a hint each (four options: GOV.UK prefers radios to a select), and the
 * department as a native select right after — only for the roles that work a department's cases.
 */
export function RoleFields({ role, department, departments, errorAt, onChange }: Props) {
  const t = useT();
  const lng = language.value;
  const roleError = errorAt('role');
  const departmentError = errorAt('department');
  return (
    <>
      <FormGroup error={roleError}>
        <fieldset class="fieldset" aria-describedby={roleError ? 'staff-role-error' : undefined}>
          <legend class="fieldset__legend">{t('admin:staffForm.roleLegend')}</legend>
          <ErrorMessage id="staff-role-error" text={roleError} />
          <div class="checkboxes">
            {STAFF_ROLES.map((r) => (
              <div class="checkboxes__item checkboxes__item--hinted" key={r}>
                <input
                  class="checkboxes__input"
                  id={`staff-role-${r}`}
                  name="role"
                  type="radio"
                  value={r}
                  checked={role === r}
                  aria-describedby={`staff-role-${r}-hint`}
                  onChange={() => onChange(r, worksCases(r) ? department : '')}
                />
                <label class="checkboxes__label" for={`staff-role-${r}`}>
                  {t(`admin:roles.${r}`)}
                </label>
                <span class="checkboxes__hint" id={`staff-role-${r}-hint`}>
                  {t(`admin:staffForm.roleHints.${r}`)}
                </span>
              </div>
            ))}
          </div>
        </fieldset>
      </FormGroup>
      {role && worksCases(role) ? (
        <FormGroup error={departmentError}>
          <label class="label" for="staff-department">
            {t('admin:staffForm.departmentLabel')}
          </label>
          <div class="hint" id="staff-department-hint">
            {t('admin:staffForm.departmentHint')}
          </div>
          <ErrorMessage id="staff-department-error" text={departmentError} />
          <select
            class="select"
            id="staff-department"
            name="department"
            value={department}
            aria-describedby={describedBy('staff-department', 'hint', departmentError)}
            onChange={(e) => onChange(role, e.currentTarget.value)}
          >
            <option value="">{t('admin:staffForm.chooseDepartment')}</option>
            {departments.map((d) => (
              <option key={d.id} value={d.id}>
                {departmentNameIn(d.names, lng)}
              </option>
            ))}
          </select>
        </FormGroup>
      ) : null}
    </>
  );
}
