import { useLocation } from 'preact-iso';
import { useState } from 'preact/hooks';
import type { SlotField } from '../../../domain/catalogue/service-definition';
import { apiFetch } from '../../api/api-client';
import { saidRefusal } from '../../api/api-error-text';
import { flashMessage } from '../../app/flash-message';
import { usePageTitle } from '../../app/page-title';
import { useService } from '../../catalogue/catalogue';
import { BackLink } from '../../components/BackLink/BackLink';
import { ErrorSummary } from '../../components/ErrorSummary/ErrorSummary';
import { Loading } from '../../components/Loading/Loading';
import { PageHeading } from '../../components/PageHeading/PageHeading';
import { SlotPicker } from '../../components/SlotPicker/lazy-slots';
import { WarningText } from '../../components/WarningText/WarningText';
import { connected } from '../../data/sync-state';
import { useRequest } from '../../data/use-requests';
import { formatSlot } from '../../format/format-slot';
import { language, useT, type Said } from '../../i18n/i18n';
import { INTL_LOCALES } from '../../i18n/languages';
import { useSaid } from '../../i18n/use-said';
import { NotFoundPage } from '../NotFoundPage';
import { requestLabel } from './request-texts';

const MOVABLE = ['received', 'in_progress'];

/**
 * "Termin verlegen": the citizen picks another free time (day first, as when booking) and the
 * server moves the booking at once — a move needs the server's word that the new time is free,
 * so unlike a withdrawal it is not queued offline. The old time is given back by the server.
 */
export function MoveAppointmentPage({ params }: { params: { id: string } }) {
  const t = useT();
  const { route } = useLocation();
  const doc = useRequest(params.id);
  const service = useService(doc?.serviceId ?? '', doc?.catalogueVersion);
  const locale = INTL_LOCALES[language.value];
  const [slot, setSlot] = useState('');
  // Kept as how to say it: a language switch rewords the error too.
  const [error, sayError] = useSaid();
  const [focusToken, setFocusToken] = useState(0);
  const [busy, setBusy] = useState(false);
  usePageTitle(doc === null ? null : t('termin:move.title'), !!error);
  if (doc === null) return <NotFoundPage />;
  if (!doc || service === undefined) return <Loading />;
  const back = `/antraege/${doc.id}`;
  const field = service && Object.entries(service.fields).find(([, def]) => def.type === 'slot');

  if (!field || !doc.confirmedSlot || !MOVABLE.includes(doc.status)) {
    return (
      <>
        <BackLink href={back} />
        <PageHeading>{t('termin:move.title')}</PageHeading>
        <p>{t('termin:move.notPossible')}</p>
        <p>
          <a href={back}>{t('termin:move.back')}</a>
        </p>
      </>
    );
  }
  const [fieldId, def] = field as [string, SlotField];

  const fail = (said: Said) => {
    sayError(said);
    setFocusToken((n) => n + 1);
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!slot || slot === doc.confirmedSlot) return fail((t) => t('termin:move.required'));
    setBusy(true);
    try {
      await apiFetch(`/api/termine/${encodeURIComponent(doc.id)}/verlegen`, { method: 'POST', body: { slot } });
      flashMessage.value = 'termin:move.done';
      route(back);
    } catch (err) {
      fail(saidRefusal(err, (code) => [`termin:apiErrors.${code}`], 'termin:move.offline'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <BackLink href={back} />
      <ErrorSummary errors={error ? [{ href: `#field-${fieldId}`, text: error }] : []} focusToken={focusToken} />
      <span class="caption">{requestLabel(t, doc)}</span>
      <PageHeading>{t('termin:move.title')}</PageHeading>
      <p>{t('termin:move.current', { slot: formatSlot(doc.confirmedSlot, locale, t) })}</p>
      {connected.value ? null : <WarningText>{t('termin:move.offline')}</WarningText>}
      <form onSubmit={submit} noValidate>
        <SlotPicker
          fieldId={fieldId}
          def={def}
          legend={t('termin:move.legend')}
          error={error}
          value={slot}
          answers={doc.answers}
          asHeading={false}
          onChange={(value) => {
            setSlot(value);
            sayError(undefined);
          }}
        />
        <div class="button-group">
          <button type="submit" class="button" id="move-submit" disabled={busy}>
            {t('termin:move.submit')}
          </button>
          <a href={back} class="link">
            {t('termin:move.back')}
          </a>
        </div>
      </form>
    </>
  );
}
