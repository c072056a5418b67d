import { useLocation } from 'preact-iso';
import { useState } from 'preact/hooks';
import { DEPARTMENT_NAME_LANGUAGES, type DepartmentNames, type DepartmentRecord } from '../../../domain/catalogue/departments';
import { usePageTitle } from '../../app/page-title';
import { loadDepartments } from '../../departments/departments';
import { BackLink } from '../../components/BackLink/BackLink';
import { ErrorSummary } from '../../components/ErrorSummary/ErrorSummary';
import { PlainTextField } from '../../components/Field/PlainTextField';
import { PageHeading } from '../../components/PageHeading/PageHeading';
import { useT } from '../../i18n/i18n';
import { NotFoundPage } from '../NotFoundPage';
import { useFormErrors } from '../../components/ErrorSummary/use-form-errors';
import { createDepartment, fetchAdminDepartment, renameDepartment, setDepartmentActive } from './admin-api';
import { ActiveStateSection } from './ActiveStateSection';
import { AdminLoading } from './AdminLoading';
import { NoticeBanner, pendingNotice, useNotice } from './admin-feedback';
import { useAdminCall } from './use-admin-call';
import { useAdminData } from './use-admin-data';
import './admin.css';

const EMPTY: DepartmentNames = { de: '', en: '', 'de-x-easy': '' };

/** Field of a problem → the element its summary link leads to. */
const idOf = (field: string) =>
  field === 'id' ? 'department-id' : field.startsWith('names.') ? `department-name-${field.slice(6)}` : 'department-state-action';

function NamesFields({ names, onInput, errorAt }: { names: DepartmentNames; onInput(n: DepartmentNames): void; errorAt(field: string): string | undefined }) {
  const t = useT();
  return (
    <fieldset class="fieldset" aria-describedby="department-names-hint">
      <legend class="fieldset__legend">{t('admin:departmentForm.namesLegend')}</legend>
      <div class="hint" id="department-names-hint">
        {t('admin:departmentForm.namesHint')}
      </div>
      {DEPARTMENT_NAME_LANGUAGES.map((lng) => (
        <PlainTextField
          key={lng}
          id={`department-name-${lng}`}
          name={`name-${lng}`}
          label={t(`admin:departmentForm.nameLabels.${lng}`)}
          hint={lng === 'de-x-easy' ? t('admin:departmentForm.easyHint') : undefined}
          error={errorAt(`names.${lng}`)}
          value={names[lng]}
          onInput={(value) => onInput({ ...names, [lng]: value })}
        />
      ))}
    </fieldset>
  );
}

/** `/verwaltung/fachdienste/neu`: a new department, its id once and for all, its names in every language. */
export function NewDepartmentPage() {
  const t = useT();
  const { route } = useLocation();
  const [id, setId] = useState('');
  const [names, setNames] = useState(EMPTY);
  const errors = useFormErrors(idOf, 'id');
  const { busy, call } = useAdminCall(errors);
  usePageTitle(t('admin:departmentForm.createTitle'), errors.problems.length > 0);

  const submit = (event: Event) => {
    event.preventDefault();
    void call(
      () => createDepartment(id.trim(), names),
      (created) => {
        void loadDepartments();
        pendingNotice.value = { key: 'departmentCreated', params: { name: created.names.de } };
        route('/verwaltung/fachdienste');
      },
    );
  };

  return (
    <>
      <BackLink href="/verwaltung/fachdienste" />
      <ErrorSummary errors={errors.summary} focusToken={errors.focusToken} />
      <PageHeading>{t('admin:departmentForm.createTitle')}</PageHeading>
      <form noValidate onSubmit={submit}>
        <PlainTextField
          id="department-id"
          name="id"
          label={t('admin:departmentForm.idLabel')}
          hint={t('admin:departmentForm.idHint')}
          error={errors.at('id')}
          value={id}
          onInput={setId}
        />
        <NamesFields names={names} onInput={setNames} errorAt={errors.at} />
        <button type="submit" class="button" disabled={busy}>
          {t('admin:departmentForm.submitCreate')}
        </button>
      </form>
    </>
  );
}

function EditDepartment({ initial }: { initial: DepartmentRecord }) {
  const t = useT();
  const [department, setDepartment] = useState(initial);
  const [names, setNames] = useState<DepartmentNames>(initial.names);
  const errors = useFormErrors(idOf, 'names.de');
  const { busy, call } = useAdminCall(errors);
  const { notice, show, clear } = useNotice();
  usePageTitle(t('admin:departmentForm.editTitle'), errors.problems.length > 0);

  const run = (work: () => Promise<DepartmentRecord>, done: string) =>
    call(
      work,
      (saved) => {
        setDepartment(saved);
        setNames(saved.names);
        errors.clear();
        void loadDepartments();
        show({ key: done });
      },
      clear,
    );

  return (
    <>
      <BackLink href="/verwaltung/fachdienste" />
      <ErrorSummary errors={errors.summary} focusToken={errors.focusToken} />
      <NoticeBanner notice={notice} />
      <PageHeading caption={department.id}>{t('admin:departmentForm.editTitle')}</PageHeading>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void run(() => renameDepartment(department.id, names), 'departmentRenamed');
        }}
      >
        <NamesFields names={names} onInput={setNames} errorAt={errors.at} />
        <button type="submit" class="button" disabled={busy}>
          {t('admin:departmentForm.submitEdit')}
        </button>
      </form>
      <ActiveStateSection
        kind="department"
        active={department.active}
        problems={errors.problems}
        busy={busy}
        onToggle={() =>
          void run(
            () => setDepartmentActive(department.id, !department.active),
            department.active ? 'departmentDeactivated' : 'departmentReactivated',
          )
        }
      />
    </>
  );
}

/** `/verwaltung/fachdienste/:id`: rename, deactivate or reactivate a department. */
export function DepartmentPage({ params }: { params: { id: string } }) {
  const t = useT();
  const { data, failed, missing } = useAdminData(() => fetchAdminDepartment(params.id), params.id);
  usePageTitle(data || missing ? null : t('admin:departmentForm.editTitle'));
  if (missing) return <NotFoundPage />;
  if (!data) {
    return (
      <>
        <BackLink href="/verwaltung/fachdienste" />
        <PageHeading>{t('admin:departmentForm.editTitle')}</PageHeading>
        <AdminLoading failed={failed} />
      </>
    );
  }
  return <EditDepartment key={data.id} initial={data} />;
}
