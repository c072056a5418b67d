export { authRoutes, loadSession, requireRole, SESSION_COOKIE } from './auth-routes';
export { Sessions } from './sessions';
export { createUser, findUserByEmail, findUserById, findUsersByIds, type SessionUser, type Profile, type Role } from './users';
