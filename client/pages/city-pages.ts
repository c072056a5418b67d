/** Pages of the lazy `city` chunk reached through one import, so the first visit carries one loader for them. */
export { WasteCalendarPage } from './waste/WasteCalendarPage';
export { YearOverviewPage } from './waste/YearOverviewPage';
export { MoveAppointmentPage } from './requests/MoveAppointmentPage';
