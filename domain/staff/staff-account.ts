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
  createdAt: string;
}
