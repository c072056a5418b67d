/** The administrator's pages, as one lazy chunk (see App.tsx). */
export { AdminOverviewPage } from './AdminOverviewPage';
export { AdminAuditPage } from './AdminAuditPage';
export { ArchiveOffersPage } from './ArchiveOffersPage';
export { CapacityPage } from './CapacityPage';
export { DepartmentPage, NewDepartmentPage } from './DepartmentFormPage';
export { DepartmentsPage } from './DepartmentsPage';
export { RoutingPage } from './RoutingPage';
export { RoutingServicePage } from './RoutingServicePage';
export { NewStaffPage, StaffAccountPage } from './StaffFormPage';
export { StaffPage } from './StaffPage';
