export { appointmentRoutes } from './move-route';
