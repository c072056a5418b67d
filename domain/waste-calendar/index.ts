import sample from './data/abfallkalender-werne.json';
import type { CalendarData } from './calendar-data';

export { WASTE_TYPES, checkCalendarData, type CalendarData, type Rhythm, type WasteType } from './calendar-data';
export { dayNumber, isoDay, nextPickups, pickupDates, routeOfStreet, todayInWerne, type Pickup } from './pickup-dates';
export { REMINDER_TRIGGER, parseWasteTypes, streetCalendar, streetCalendarTexts, type StreetCalendarTexts } from './street-calendar';
export { buildCalendar, calendarFileName, escapeText, foldLine, pickupUid, type IcsEvent } from './icalendar';

/** The calendar the portal ships (sample data until the city replaces the file). */
export const WERNE_CALENDAR = sample as CalendarData;
