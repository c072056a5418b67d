import { departmentNameIn } from '../../departments/departments';
import { useState } from 'preact/hooks';
import { OTHERWISE } from '../../../domain/catalogue/routing-overrides';
import { districtName } from '../../../domain/places/streets';
import { ApiRequestError } from '../../api/api-client';
import { usePageTitle } from '../../app/page-title';
import { serviceTitle } from '../../catalogue/catalogue';
import { BackLink } from '../../components/BackLink/BackLink';
import { ErrorSummary } from '../../components/ErrorSummary/ErrorSummary';
import { ErrorMessage, FormGroup, describedBy } from '../../components/Field/FormGroup';
import { PageHeading } from '../../components/PageHeading/PageHeading';
import { language, useT, type Translate } from '../../i18n/i18n';
import { NotFoundPage } from '../NotFoundPage';
import { useFormErrors } from '../../components/ErrorSummary/use-form-errors';
import { fetchAdminDepartments, fetchServiceRouting, saveServiceRouting, type AdminDepartment, type RoutingSlot, type ServiceRouting } from './admin-api';
import { AdminLoading } from './AdminLoading';
import { NoticeBanner, useNotice } from './admin-feedback';
import { useAdminCall } from './use-admin-call';
import { useAdminData } from './use-admin-data';
import '../clerk/clerk.css';
import './admin.css';

function slotLabel(t: Translate, service: ServiceRouting, slot: string): string {
  if (slot === OTHERWISE) return t(service.kind === 'department' ? 'admin:routing.single' : 'admin:routing.otherwise');
  if (service.kind === 'byDistrict') return districtName(slot) ?? slot;
  return t(`${service.namespace}:fields.${service.field}.options.${slot}`, { defaultValue: slot });
}

function lead(t: Translate, service: ServiceRouting): string {
  if (service.kind === 'byAnswer') return t('admin:routing.byAnswerLead', { question: t(`${service.namespace}:fields.${service.field}.label`) });
  return t(service.kind === 'byDistrict' ? 'admin:routing.byDistrictLead' : 'admin:routing.departmentLead');
}

const valuesOf = (service: ServiceRouting) => Object.fromEntries(service.slots.map((s) => [s.slot, s.override ?? '']));

function RoutingForm({ initial, departments }: { initial: { rev: string | null; service: ServiceRouting }; departments: AdminDepartment[] }) {
  const t = useT();
  const lng = language.value;
  const [rev, setRev] = useState(initial.rev);
  const [service, setService] = useState(initial.service);
  const [values, setValues] = useState<Record<string, string>>(valuesOf(initial.service));
  const idOf = (field: string) => `route-${Math.max(0, service.slots.findIndex((s) => `route.${s.slot}` === field))}`;
  const errors = useFormErrors(idOf, 'route');
  const { busy, call } = useAdminCall(errors);
  const { notice, show, clear } = useNotice();
  const title = t('admin:routing.serviceTitle', { service: serviceTitle(service.id) });
  usePageTitle(title, errors.problems.length > 0);

  const take = (routing: { rev: string | null; service: ServiceRouting }) => {
    setRev(routing.rev);
    setService(routing.service);
    setValues(valuesOf(routing.service));
  };

  const submit = (event: Event) => {
    event.preventDefault();
    void call(
      () => saveServiceRouting(service.id, rev, values),
      (saved) => {
        take(saved);
        errors.clear();
        show({ key: 'routingSaved' });
      },
      async (error) => {
        clear();
        // Someone saved meanwhile: show their state (the page can't merge a choice per slot for them).
        if (error instanceof ApiRequestError && error.status === 409) {
          const fresh = await fetchServiceRouting(service.id).catch(() => undefined);
          if (fresh) take(fresh);
        }
      },
    );
  };

  const name = (id: string) => {
    const department = departments.find((d) => d.id === id);
    return department ? departmentNameIn(department.names, lng) : t(`departments:${id}`);
  };
  const offered = departments.filter((d) => d.active);
  const choice = (slot: RoutingSlot, index: number) => {
    const id = `route-${index}`;
    const error = errors.at(`route.${slot.slot}`);
    return (
      <div class="routing-slot" key={slot.slot}>
        <FormGroup error={error}>
          <label class="label" for={id}>
            {slotLabel(t, service, slot.slot)}
          </label>
          <ErrorMessage id={`${id}-error`} text={error} />
          <select
            class="select"
            id={id}
            name={slot.slot}
            value={values[slot.slot] ?? ''}
            aria-describedby={describedBy(id, undefined, error)}
            onChange={(e) => setValues({ ...values, [slot.slot]: e.currentTarget.value })}
          >
            <option value="">
              {slot.followsOtherwise ? t('admin:routing.asOtherwise') : t('admin:routing.asCatalogue', { department: name(slot.catalogue) })}
            </option>
            {offered.map((d) => (
              <option key={d.id} value={d.id}>
                {departmentNameIn(d.names, lng)}
              </option>
            ))}
          </select>
        </FormGroup>
      </div>
    );
  };

  return (
    <>
      <BackLink href="/verwaltung/zustaendigkeiten" />
      <ErrorSummary errors={errors.summary} focusToken={errors.focusToken} />
      <NoticeBanner notice={notice} />
      <PageHeading>{title}</PageHeading>
      <p>{lead(t, service)}</p>
      <form noValidate onSubmit={submit}>
        {service.slots.map(choice)}
        <button type="submit" class="button" disabled={busy}>
          {t('admin:routing.submit')}
        </button>
      </form>
    </>
  );
}

/** `/verwaltung/zustaendigkeiten/:serviceId`: a native select per answer (or district) of the service's rule. */
export function RoutingServicePage({ params }: { params: { serviceId: string } }) {
  const t = useT();
  const routing = useAdminData(() => fetchServiceRouting(params.serviceId), params.serviceId);
  const departments = useAdminData(fetchAdminDepartments, 'departments');
  const ready = routing.data && departments.data;
  usePageTitle(ready || routing.missing ? null : t('admin:routing.title'));
  if (routing.missing) return <NotFoundPage />;
  if (ready) return <RoutingForm key={params.serviceId} initial={routing.data!} departments={departments.data!} />;
  return (
    <>
      <BackLink href="/verwaltung/zustaendigkeiten" />
      <PageHeading>{t('admin:routing.title')}</PageHeading>
      <AdminLoading failed={routing.failed || departments.failed} />
    </>
  );
}
