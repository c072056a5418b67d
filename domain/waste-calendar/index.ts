export { WASTE_TYPES, checkCalendarData, type CalendarData, type Rhythm, type WasteType } from './calendar-data';
export { cityCalendar } from './city-calendar';
export { dayNumber, isoDay, nextPickups, pickupDates, routeOfStreet, todayInWerne, type Pickup } from './pickup-dates';
export { REMINDER_TRIGGER, parseWasteTypes, streetCalendar, streetCalendarTexts, type StreetCalendarTexts } from './street-calendar';
export { buildCalendar, calendarFileName, escapeText, foldLine, pickupUid, type IcsEvent } from './icalendar';
