import { createHash } from 'node:crypto';
import { profileUiLanguage } from '../../domain/profile';
import { parseSlotId } from '../../domain/slots';
import { findActiveUserById } from '../auth';
import { DOCUMENT_LOCALES, translator, type Language } from '../http/i18n';
import type { StoredMessage } from '../messages/stored-message';
import type { StoredRequest } from '../requests';
import { isConflict, type Store } from '../store';

/** A slot in words, in the citizen's language: "Donnerstag, 10. Dezember 2026" (and "09:20" for a time). */
export function slotInWords(slot: string, lng: Language): string {
  const parsed = parseSlotId(slot);
  if (!parsed) return slot;
  const date = new Intl.DateTimeFormat(DOCUMENT_LOCALES[lng], { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${parsed.date}T00:00:00Z`));
  return parsed.time ? `${date}, ${parsed.time}` : date;
}

/** A UUID (the device's message ids are UUIDs) fixed by what it is about, shaped as a name-based v5. */
function fixedUuid(name: string): string {
  const h = createHash('sha256').update(name).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Tells the citizen in their Postfach, in their language, that their day was closed and what became
 * of the booking. A message from the department, so the notification worker mails it like any
 * other (server/notifications). Its id is fixed by the day and the request: a re-run of the same
 * closing writes nothing twice.
 */
export async function tellCitizen(store: Store, request: StoredRequest, change: { from: string; to?: string; reason: string; now: Date }): Promise<void> {
  const user = await findActiveUserById(store, request.owner);
  const lng = ((user && profileUiLanguage(user.profile)) ?? 'de') as Language;
  const t = translator(lng);
  const params = { date: slotInWords(change.from, lng), reason: change.reason, reference: request.reference ?? '' };
  const text = change.to ? t('capacity:citizen.moved', { ...params, newDate: slotInWords(change.to, lng) }) : t('capacity:citizen.cancelled', params);
  const message: StoredMessage = {
    _id: fixedUuid(`capacity:${change.from}:${request._id}`),
    type: 'message',
    requestId: request._id,
    owner: request.owner,
    department: request.department ?? '',
    from: 'clerk',
    text,
    createdAt: change.now.toISOString(),
  };
  try {
    await store.messages.insert(message);
  } catch (err) {
    if (!isConflict(err)) throw err;
  }
}
