import { useLocation } from 'preact-iso';
import { useState } from 'preact/hooks';
import { worksCases, type StaffRole } from '../../../domain/staff/roles';
import type { StaffAccount } from '../../../domain/staff/staff-account';
import { usePageTitle } from '../../app/page-title';
import { BackLink } from '../../components/BackLink/BackLink';
import { ErrorSummary } from '../../components/ErrorSummary/ErrorSummary';
import { PlainTextField } from '../../components/Field/PlainTextField';
import { PageHeading } from '../../components/PageHeading/PageHeading';
import { useT } from '../../i18n/i18n';
import { currentUser } from '../../session/session';
import { NotFoundPage } from '../NotFoundPage';
import { useFormErrors } from '../../components/ErrorSummary/use-form-errors';
import {
  changeStaffAccount,
  createStaffAccount,
  fetchAdminDepartments,
  fetchStaffAccount,
  resendInvitation,
  setStaffActive,
  type AdminDepartment,
} from './admin-api';
import { ActiveStateSection } from './ActiveStateSection';
import { AdminLoading } from './AdminLoading';
import { NoticeBanner, pendingNotice, useNotice } from './admin-feedback';
import { RoleFields } from './RoleFields';
import { useAdminCall } from './use-admin-call';
import { useAdminData } from './use-admin-data';
import '../clerk/clerk.css';
import './admin.css';

function idOf(field: string): string {
  if (field === 'role') return 'staff-role-clerk';
  if (field === 'active') return 'staff-state-action';
  if (field === 'invitation') return 'staff-resend-invitation';
  return `staff-${field}`;
}

/** Active departments, plus the one the account is in (to keep it), for the select. */
function offered(all: AdminDepartment[] | undefined, own?: string): AdminDepartment[] {
  return (all ?? []).filter((d) => d.active || d.id === own);
}

/** `/verwaltung/mitarbeitende/neu`: name, e-mail, role, department; the person is invited by mail and chooses the password. */
export function NewStaffPage() {
  const t = useT();
  const { route } = useLocation();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<StaffRole | ''>('');
  const [department, setDepartment] = useState('');
  const departments = useAdminData(fetchAdminDepartments, 'departments');
  const errors = useFormErrors(idOf, 'name');
  const { busy, call } = useAdminCall(errors);
  usePageTitle(t('admin:staffForm.createTitle'), errors.problems.length > 0);

  const submit = (event: Event) => {
    event.preventDefault();
    void call(
      () =>
        createStaffAccount({
          name: name.trim(),
          email: email.trim(),
          role,
          ...(role && worksCases(role) && department ? { department } : {}),
        }),
      (created) => {
        pendingNotice.value = { key: 'staffInvited', params: { name: created.account.name, address: created.account.email } };
        route(`/verwaltung/mitarbeitende/${encodeURIComponent(created.account.id)}`);
      },
    );
  };

  return (
    <>
      <BackLink href="/verwaltung/mitarbeitende" />
      <ErrorSummary errors={errors.summary} focusToken={errors.focusToken} />
      <PageHeading>{t('admin:staffForm.createTitle')}</PageHeading>
      <form noValidate onSubmit={submit}>
        <PlainTextField id="staff-name" name="name" autoComplete="off" label={t('admin:staffForm.nameLabel')} error={errors.at('name')} value={name} onInput={setName} />
        <PlainTextField
          id="staff-email"
          name="email"
          type="email"
          autoComplete="off"
          label={t('admin:staffForm.emailLabel')}
          hint={t('admin:staffForm.emailHint')}
          error={errors.at('email')}
          value={email}
          onInput={setEmail}
        />
        <RoleFields
          role={role}
          department={department}
          departments={offered(departments.data)}
          errorAt={errors.at}
          onChange={(r, d) => {
            setRole(r);
            setDepartment(d);
          }}
        />
        <p class="inset-text" id="staff-invitation-text">
          {t('admin:staffForm.invitationText')}
        </p>
        <button type="submit" class="button" disabled={busy}>
          {t('admin:staffForm.submitCreate')}
        </button>
      </form>
    </>
  );
}

function EditStaff({ initial }: { initial: StaffAccount }) {
  const t = useT();
  const [account, setAccount] = useState(initial);
  const [role, setRole] = useState<StaffRole | ''>(initial.role);
  const [department, setDepartment] = useState(initial.department ?? '');
  const departments = useAdminData(fetchAdminDepartments, 'departments');
  const errors = useFormErrors((f) => idOf(f), 'role');
  const { busy, call } = useAdminCall(errors);
  const { notice, show, clear } = useNotice();
  const own = currentUser.value?.id === account.id;
  usePageTitle(t('admin:staffForm.editTitle'), errors.problems.length > 0);

  const run = (work: () => Promise<StaffAccount>, done: string) =>
    call(
      work,
      (saved) => {
        setAccount(saved);
        setRole(saved.role);
        setDepartment(saved.department ?? '');
        errors.clear();
        show({ key: done });
      },
      clear,
    );

  return (
    <>
      <BackLink href="/verwaltung/mitarbeitende" />
      <ErrorSummary errors={errors.summary} focusToken={errors.focusToken} />
      <NoticeBanner notice={notice} />
      <PageHeading caption={account.name}>{t('admin:staffForm.editTitle')}</PageHeading>
      <dl class="facts facts--block">
        <div>
          <dt>{t('admin:staffForm.nameLabel')}</dt>
          <dd>{account.name}</dd>
        </div>
        <div>
          <dt>{t('admin:staffForm.emailLabel')}</dt>
          <dd>{account.email}</dd>
        </div>
        <div>
          <dt>{t('admin:staff.state')}</dt>
          <dd>{t(account.active ? 'admin:states.active' : 'admin:states.inactive')}</dd>
        </div>
      </dl>
      {own ? <p class="inset-text">{t('admin:staffForm.ownAccount')}</p> : null}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void run(() => changeStaffAccount(account.id, role as StaffRole, role && worksCases(role) ? department : undefined), 'staffChanged');
        }}
      >
        <RoleFields
          role={role}
          department={department}
          departments={offered(departments.data, account.department)}
          errorAt={errors.at}
          onChange={(r, d) => {
            setRole(r);
            setDepartment(d);
          }}
        />
        <button type="submit" class="button" disabled={busy}>
          {t('admin:staffForm.submitEdit')}
        </button>
      </form>
      {account.invitationPending && account.active ? (
        <section aria-labelledby="staff-invitation-title">
          <h2 class="heading-m" id="staff-invitation-title">
            {t('admin:staffForm.invitationTitle')}
          </h2>
          <p>{t('admin:staffForm.invitationPending')}</p>
          <button
            type="button"
            class="button button--secondary"
            id="staff-resend-invitation"
            disabled={busy}
            onClick={() => void call(() => resendInvitation(account.id), (saved) => (setAccount(saved), errors.clear(), show({ key: 'invitationResent', params: { address: saved.email } })), clear)}
          >
            {t('admin:staffForm.resendInvitation')}
          </button>
        </section>
      ) : null}
      <ActiveStateSection
        kind="staff"
        active={account.active}
        problems={errors.problems}
        busy={busy}
        // Not for oneself: the server refuses it, and ownAccount above says why.
        onToggle={own ? undefined : () => void run(() => setStaffActive(account.id, !account.active), account.active ? 'staffDeactivated' : 'staffReactivated')}
      />
    </>
  );
}

/** `/verwaltung/mitarbeitende/:id`: change role and department, deactivate or reactivate. */
export function StaffAccountPage({ params }: { params: { id: string } }) {
  const t = useT();
  const { data, failed, missing } = useAdminData(() => fetchStaffAccount(params.id), params.id);
  usePageTitle(data || missing ? null : t('admin:staffForm.editTitle'));
  if (missing) return <NotFoundPage />;
  // A notice carried here from "create" (the invitation is on its way) waits for EditStaff to show it.
  if (data) return <EditStaff key={data.id} initial={data} />;
  return (
    <>
      <BackLink href="/verwaltung/mitarbeitende" />
      <PageHeading>{t('admin:staffForm.editTitle')}</PageHeading>
      <AdminLoading failed={failed} />
    </>
  );
}
