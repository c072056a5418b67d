export { clerkRoutes } from './clerk-routes';
