import type { Profile } from '../../profile/profile';
import type { Role } from '../../staff/roles';

/** The signed-in person as the server describes them (login, `/api/auth/me`, `/api/auth/session`). */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** The clerk's department (Fachdienst) id. */
  department?: string;
  profile: Profile;
}
