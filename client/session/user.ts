import type { SessionUser } from '../../domain/api';
import { isRole, worksCases } from '../../domain/staff/roles';

/** The signed-in person as `/api/auth/me` describes them (the contract's answer). */
export type User = SessionUser;

export function isUser(value: unknown): value is User {
  if (!value || typeof value !== 'object') return false;
  const u = value as Partial<User>;
  return (
    typeof u.id === 'string' &&
    typeof u.email === 'string' &&
    typeof u.name === 'string' &&
    isRole(u.role)
  );
}

/** Where a person lands after logging in. */
export function homePathFor(user: User): string {
  if (worksCases(user.role)) return '/sachbearbeitung';
  if (user.role === 'admin') return '/verwaltung';
  if (user.role === 'treasury') return '/kasse';
  return user.role === 'citizen' ? '/meine-antraege' : '/';
}
