export { capacityRoutes } from './capacity-routes';
export { loadPool, readSettings } from './capacity-store';
export { closeDay, planClosing, rehomeIfClosed, type DayBooking } from './close-day';
