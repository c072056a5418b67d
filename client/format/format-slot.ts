import { parseSlotId } from '../../domain/slots/slot-id';
import type { Lookup } from './format-answer';

/**
 * A slot as people read it: "Montag, 30. November 2026" for a pickup day, "Donnerstag,
 * 26. November 2026, 08:20 Uhr" for an appointment. Slot ids carry Werne's local time without a
 * zone, so they are formatted as UTC and never shifted by the device's zone.
 */
export function formatSlot(slotId: string, locale: string, t: Lookup): string {
  const slot = parseSlotId(slotId);
  if (!slot) return slotId;
  const at = new Date(`${slot.date}T${slot.time ?? '00:00'}:00Z`);
  const date = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(at);
  return slot.time ? t('slots:format.dateTime', { date, time: formatSlotTime(slot.time, locale) }) : date;
}

/** "08:20" as the language writes a time of day (Arabic adds ص/م). Werne's local time, never shifted. */
export function formatSlotTime(time: string, locale: string): string {
  const at = new Date(`1970-01-01T${time}:00Z`);
  if (Number.isNaN(at.getTime())) return time;
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }).format(at);
}

/** "Mo., 30.11." style short day, for group headings. */
export function formatSlotDay(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}
