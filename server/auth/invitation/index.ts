export { invitationRoutes } from './accept-invitation';
export { INVITATION_HOURS, INVITATION_PATH, InvitationNotPendingError, sendStaffInvitation, type InvitationDeps } from './staff-invitation';
