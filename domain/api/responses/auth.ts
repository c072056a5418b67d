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
  /** Whether the address is confirmed (domain/account/may-submit.ts): sending a request waits for it. */
  emailConfirmed: boolean;
  /** A new address waiting for its confirmation link; the old one stays in use until then. */
  pendingEmail?: string;
}
