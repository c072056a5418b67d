export { kasseRoutes } from './kasse-routes';
