import { isRole, worksCases, type Role } from '../../domain/staff/roles';

/** The signed-in person as `/api/auth/me` describes them. */
export interface UserProfile {
  street?: string;
  houseNumber?: string;
  postcode?: string;
  phone?: string;
}

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** The clerk's department (Fachdienst) id. */
  department?: string;
  profile: UserProfile;
}

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
