import type { DepartmentRecord } from '../../catalogue/departments';

/** The administrator works online against `/api/admin`; nothing of it is kept on the device. */
export interface AdminDepartment extends DepartmentRecord {
  /** Active clerks and leads. */
  staff: number;
}

export interface RoutingSlot {
  slot: string;
  catalogue: string;
  followsOtherwise: boolean;
  override?: string;
  effective: string;
}

export interface ServiceRouting {
  id: string;
  namespace: string;
  kind: 'department' | 'byAnswer' | 'byDistrict';
  field?: string;
  slots: RoutingSlot[];
}

export interface AdminAuditEntry {
  seq: number;
  at: string;
  actorName: string;
  action: string;
  detail?: Record<string, string | number>;
}
