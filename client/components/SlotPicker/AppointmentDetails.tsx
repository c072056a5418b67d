import type { ServiceDefinition } from '../../../domain/catalogue/service-definition';
import { bringAlong } from '../../../domain/catalogue/services/termin-bring-along';
import { canWithdraw } from '../../../domain/lifecycle/request-status';
import type { RequestDoc } from '../../../domain/request/request-document';
import { slotWish } from '../../../domain/slots';
import { slotInterval } from '../../../domain/slots/appointment-time';
import { buildCalendar } from '../../../domain/waste-calendar/icalendar';
import { ActionPictogram } from '../../easy-language/Pictogram';
import { formatSlotTime } from '../../format/format-slot';
import { language, useT, type Translate } from '../../i18n/i18n';
import { INTL_LOCALES } from '../../i18n/languages';

function longDate(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** The .ics for the appointment, made on the device (works offline), with place and what to bring. */
function downloadAppointment(t: Translate, ns: string, doc: RequestDoc, slot: string, minutes: number): void {
  const interval = slotInterval(slot, minutes);
  if (!interval) return;
  const concern = t(`${ns}:fields.concern.options.${String(doc.answers.concern)}`);
  const items = bringAlong(doc.answers.concern).map((item) => t(`${ns}:bring.${item}`));
  const ics = buildCalendar({
    name: t(`${ns}:appointment.title`),
    events: [
      {
        uid: `${doc.id}@termin.buergerportal`,
        date: slot.slice(0, 10),
        ...interval,
        summary: t(`${ns}:appointment.icsSummary`, { concern }),
        description: t(`${ns}:appointment.icsDescription`, { reference: doc.reference ?? '', items: items.join('; ') }),
        location: t(`${ns}:appointment.placeText`),
      },
    ],
  });
  const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `termin-${slot.slice(0, 10)}.ics`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A confirmed appointment told in full where the citizen looks for it (confirmation and request
 * page): date, time and place, a calendar file, what to bring for this concern, and how to move
 * or cancel it. Nothing for services without a timed slot.
 */
export function AppointmentDetails({ service, doc, headingLevel = 2 }: { service: ServiceDefinition; doc: RequestDoc; headingLevel?: 2 | 3 }) {
  const t = useT();
  const locale = INTL_LOCALES[language.value];
  const wish = slotWish(service, doc.answers);
  const slot = doc.confirmedSlot;
  if (!wish || wish.pool.kind !== 'time' || !slot || !['received', 'in_progress', 'needs_info'].includes(doc.status)) return null;
  const ns = service.namespace;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const minutes = wish.pool.minutes;
  return (
    <section class="appointment" aria-labelledby="appointment-title">
      <Heading class="heading-m" id="appointment-title">
        {t(`${ns}:appointment.title`)}
      </Heading>
      <dl class="summary-list" id="appointment-facts">
        <div class="summary-list__row">
          <dt class="summary-list__key">{t(`${ns}:appointment.date`)}</dt>
          <dd class="summary-list__value">{longDate(slot.slice(0, 10), locale)}</dd>
        </div>
        <div class="summary-list__row">
          <dt class="summary-list__key">{t(`${ns}:appointment.time`)}</dt>
          <dd class="summary-list__value">
            <bdi>{formatSlotTime(slot.slice(11), locale)}</bdi>
          </dd>
        </div>
        <div class="summary-list__row">
          <dt class="summary-list__key">{t(`${ns}:appointment.place`)}</dt>
          <dd class="summary-list__value">{t(`${ns}:appointment.placeText`)}</dd>
        </div>
      </dl>
      <button type="button" class="button button--secondary" id="appointment-ics" onClick={() => downloadAppointment(t, ns, doc, slot, minutes)}>
        <ActionPictogram name="calendar" />
        {t(`${ns}:appointment.ics`)}
      </button>
      <Heading class="heading-s">{t(`${ns}:appointment.bringTitle`)}</Heading>
      <ul class="bullet-list" id="appointment-bring">
        {bringAlong(doc.answers.concern).map((item) => (
          <li key={item}>{t(`${ns}:bring.${item}`)}</li>
        ))}
      </ul>
      <Heading class="heading-s">{t(`${ns}:appointment.change`)}</Heading>
      <ul class="plain-list">
        <li>
          <a href={`/antraege/${doc.id}/termin-verlegen`} id="appointment-move">
            {t(`${ns}:appointment.move`)}
          </a>
        </li>
        {canWithdraw(doc.status) ? (
          <li>
            <a href={`/antraege/${doc.id}/zurueckziehen`} id="appointment-cancel">
              {t(`${ns}:appointment.cancel`)}
            </a>
          </li>
        ) : null}
      </ul>
    </section>
  );
}
