import type { StaffRole } from './roles';

/** A staff account as the administrator sees it: never the password hash, never a profile. */
export interface StaffAccount {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  /** Only for clerks and leads (see `checkStaffPlacement`). */
  department?: string;
  active: boolean;
  /** Invited, and no password set yet: no password login until the person follows the invitation link. */
  invitationPending: boolean;
  createdAt: string;
}
