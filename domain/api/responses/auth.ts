import type { Profile } from '../../profile/profile';
import type { Role } from '../../staff/roles';
import type { Identity, TrustLevel } from '../../account/identity';

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
  /** The BundID identity linked to the account (domain/account/identity.ts), without its `sub`. */
  identity?: Omit<Identity, 'sub'>;
  /** How this session was opened: a BundID login carries its trust level; a password login none. */
  login?: { provider: 'bundid'; trustLevel: TrustLevel };
}

/** `POST /api/auth/bundid/logout`: where to end the login at the provider too, or null. */
export interface BundIdLogoutAnswer {
  endSessionUrl: string | null;
}
