import { findService } from '../../domain/catalogue';
import { bringAlong } from '../../domain/catalogue/services/termin-bring-along';
import { dueDateAfter } from '../../domain/payments/open-payment';
import { parseSlotId, slotWish } from '../../domain/slots';
import type { StoredRequest } from '../requests';
import type { NotificationEvent } from './notification-events';

/** Days before an invoice's due date that the reminder goes out (while it is still open). */
export const FEE_REMINDER_DAYS = 3;

/** Statuses in which the city still holds a pickup or an appointment for the citizen. */
const HOLDING: ReadonlySet<StoredRequest['status']> = new Set(['received', 'in_progress', 'needs_info']);

const isLive = (doc: StoredRequest) => doc.type === 'request' && !doc.deleted && Boolean(doc.owner) && Boolean(doc.reference);

/** What a pickup mail names of the items: the catalogue's categories, never the citizen's free text. */
function putOut(answers: StoredRequest['answers']): string[] {
  const items = Array.isArray(answers.items) ? answers.items : [];
  return items.filter((i) => /^[a-z]+$/.test(i) && i !== 'sonstiges').map((i) => `sperrmuellkarte:fields.items.options.${i}`);
}

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/**
 * The invoice of a routed request: one mail when it is issued (kind `fee`). Derived from the
 * stored payment, so it has the same id however often the document is read; a fee already paid
 * when the worker sees it is no news.
 */
export function invoiceEvents(doc: StoredRequest): NotificationEvent[] {
  if (!isLive(doc) || !doc.payment || doc.payment.state === 'paid' || !HOLDING.has(doc.status)) return [];
  const at = doc.receivedAt ?? doc.history.at(-1)?.at ?? doc.updatedAt;
  return [{
    id: `${doc._id}:invoice:${doc.payment.creditorReference}`,
    kind: 'fee',
    owner: doc.owner,
    requestId: doc._id,
    reference: doc.reference,
    at,
    mailKind: 'notifyFeeDue',
    details: { amountCents: doc.payment.amountCents, date: doc.payment.dueDate },
  }];
}

/**
 * The reminders a request is due at `now` (time-based, asked by the worker's periodic scan):
 * an open fee a few days before its due date, and the day before a confirmed Sperrmüll pickup or
 * Bürgerbüro appointment. Each id names the date it reminds of: a pickup moved to another day is
 * a new reminder, and the old one is never due again; a paid fee, a withdrawn request or a pickup
 * the crew already marked is due nothing.
 */
export function reminderEvents(doc: StoredRequest, now: Date): NotificationEvent[] {
  if (!isLive(doc) || !HOLDING.has(doc.status)) return [];
  const at = now.toISOString();
  const base = { owner: doc.owner, requestId: doc._id, reference: doc.reference, at };
  const today = dueDateAfter(now, 0);
  const events: NotificationEvent[] = [];
  const payment = doc.payment;
  if (payment?.state === 'open' && payment.dueDate >= today && payment.dueDate <= dueDateAfter(now, FEE_REMINDER_DAYS)) {
    events.push({ ...base, id: `${doc._id}:fee-reminder:${payment.dueDate}`, kind: 'fee', mailKind: 'notifyFeeReminder', details: { amountCents: payment.amountCents, date: payment.dueDate } });
  }
  const slot = doc.confirmedSlot ? parseSlotId(doc.confirmedSlot) : undefined;
  const service = findService(doc.serviceId, doc.catalogueVersion);
  const wish = service ? slotWish(service, doc.answers) : undefined;
  if (slot && wish && slot.date === dueDateAfter(now, 1) && !(doc as { pickup?: unknown }).pickup) {
    const id = `${doc._id}:slot-reminder:${doc.confirmedSlot}`;
    if (wish.pool.kind === 'day') {
      const place = [`${text(doc.answers.street)} ${text(doc.answers.houseNumber)}`.trim(), text(doc.answers.postcode)].filter(Boolean).join(', ');
      events.push({ ...base, id, kind: 'reminder', mailKind: 'notifyPickup', details: { date: slot.date, place, items: putOut(doc.answers) } });
    } else {
      const items = bringAlong(doc.answers.concern).map((i) => `termin:bring.${i}`);
      events.push({ ...base, id, kind: 'reminder', mailKind: 'notifyAppointment', details: { date: slot.date, time: slot.time, placeKey: 'termin:appointment.placeText', items } });
    }
  }
  return events;
}
