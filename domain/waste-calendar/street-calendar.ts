/**
 * One street's calendar file, the same on the device (download, offline) and on the server
 * (the subscribable feed): texts come in from the caller's translator, so both word it alike.
 */
import type { CalendarData, WasteType } from './calendar-data';
import { WASTE_TYPES } from './calendar-data';
import { buildCalendar, pickupUid } from './icalendar';
import { pickupDates } from './pickup-dates';

/** 19:00 the evening before: late enough to be home, early enough to put the bin out. */
export const REMINDER_TRIGGER = '-PT5H';

export interface StreetCalendarTexts {
  calendarName: string;
  /** The bin's name as on the page, e.g. "Papier (blaue Tonne)". */
  typeName: (type: WasteType) => string;
  description: string;
  /** The reminder's text for one pickup. */
  reminder: (typeName: string) => string;
}

/** The texts from the `waste` locale namespace, through the caller's translator (device or server). */
export function streetCalendarTexts(t: (key: string, options?: Record<string, string>) => string, streetName: string): StreetCalendarTexts {
  return {
    calendarName: t('waste:download.calendarName', { street: streetName }),
    typeName: (type) => t(`waste:types.${type}`),
    description: t('waste:download.eventDescription'),
    reminder: (type) => t('waste:reminder.alarm', { type }),
  };
}

export function streetCalendar(
  data: CalendarData,
  streetName: string,
  from: string,
  texts: StreetCalendarTexts,
  options: { types?: readonly WasteType[]; now?: Date } = {},
): string {
  const pickups = pickupDates(data, streetName, from, data.validUntil, options.types ?? WASTE_TYPES);
  return buildCalendar({
    name: texts.calendarName,
    now: options.now,
    events: pickups.map((p) => {
      const typeName = texts.typeName(p.type);
      return {
        uid: pickupUid(streetName, p),
        date: p.date,
        summary: `${typeName} – ${streetName}`,
        description: texts.description,
        alarm: { trigger: REMINDER_TRIGGER, description: texts.reminder(typeName) },
      };
    }),
  });
}

/** `restmuell,papier` → the types, in calendar order; undefined when any part is unknown or empty. */
export function parseWasteTypes(value: string): WasteType[] | undefined {
  const parts = value.split(',');
  if (parts.some((p) => !(WASTE_TYPES as readonly string[]).includes(p))) return undefined;
  return WASTE_TYPES.filter((t) => parts.includes(t));
}
