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
import { useFormErrors } from '../account/use-form-errors';
import { createDepartment, fetchAdminDepartment, renameDepartment, setDepartmentActive } from './admin-api';
import { NoticeBanner, describeAdminFailure, pendingNotice, useNotice } from './admin-feedback';
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
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(idOf, 'id');
  usePageTitle(t('admin:departmentForm.createTitle'), errors.problems.length > 0);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      const created = await createDepartment(id.trim(), names);
      void loadDepartments();
      pendingNotice.value = { key: 'departmentCreated', params: { name: created.names.de } };
      route('/verwaltung/fachdienste');
    } catch (error) {
      errors.show(describeAdminFailure(t, error));
    } finally {
      setBusy(false);
    }
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
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors(idOf, 'names.de');
  const { notice, show, clear } = useNotice();
  usePageTitle(t('admin:departmentForm.editTitle'), errors.problems.length > 0);

  const run = async (work: () => Promise<DepartmentRecord>, done: string) => {
    if (busy) return;
    setBusy(true);
    try {
      const saved = await work();
      setDepartment(saved);
      setNames(saved.names);
      errors.show([]);
      void loadDepartments();
      show({ key: done });
    } catch (error) {
      clear();
      errors.show(describeAdminFailure(t, error));
    } finally {
      setBusy(false);
    }
  };

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
      <section class="admin-section" aria-labelledby="department-state-title">
        <h2 class="heading-m" id="department-state-title">
          {t('admin:departmentForm.stateTitle')}
        </h2>
        <p>{t(department.active ? 'admin:departmentForm.activeText' : 'admin:departmentForm.inactiveText')}</p>
        {errors.at('active') ? (
          <p class="error-message" id="department-state-action-error">
            <span class="visually-hidden">{t('common:errorPrefix')} </span>
            {errors.problems.filter((p) => p.field === 'active').map((p) => p.text).join(' ')}
          </p>
        ) : null}
        <button
          type="button"
          id="department-state-action"
          class={department.active ? 'button button--warning' : 'button button--secondary'}
          disabled={busy}
          aria-describedby={errors.at('active') ? 'department-state-action-error' : undefined}
          onClick={() =>
            void run(
              () => setDepartmentActive(department.id, !department.active),
              department.active ? 'departmentDeactivated' : 'departmentReactivated',
            )
          }
        >
          {t(department.active ? 'admin:departmentForm.deactivate' : 'admin:departmentForm.reactivate')}
        </button>
      </section>
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
        {failed ? <p class="inset-text">{t('admin:loadFailed')}</p> : <p class="loading">{t('common:loading')}</p>}
      </>
    );
  }
  return <EditDepartment key={data.id} initial={data} />;
}
