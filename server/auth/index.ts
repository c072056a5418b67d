export { authRoutes, loadSession, requireRole, sessionStarter, SESSION_COOKIE } from './auth-routes';
export { InvitationNotPendingError, sendStaffInvitation, type InvitationDeps } from './invitation';
export { passwordRoutes, type PasswordRouteOptions } from './reset';
export { Sessions, endUserSessions } from './sessions';
export {
  countActiveAdmins,
  createUser,
  EmailTakenError,
  findActiveUserById,
  findUserByEmail,
  findUserById,
  findUsersByIds,
  listStaffAccounts,
  newUserDoc,
  normalizeEmail,
  readStaffAccount,
  updateStaffAccount,
  type NewUser,
  type Profile,
  type Role,
  type SessionUser,
  type StaffAccount,
  type StaffChange,
} from './users';
export { claimDoc, claimId } from './email-claim';
