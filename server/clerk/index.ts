export { clerkRoutes } from './clerk-routes';
export { reconcileAssigneeCopies } from './assignee-copies';
