import type { ChainCheck } from '../../../domain/audit/chain-check';
import type { DepartmentNames, DepartmentRecord } from '../../../domain/catalogue/departments';
import type { StaffRole } from '../../../domain/staff/roles';
import type { StaffAccount } from '../../../domain/staff/staff-account';
import { sessionFetch } from '../../session/session-fetch';

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

const call = sessionFetch;

const enc = encodeURIComponent;

export async function fetchAdminDepartments(): Promise<AdminDepartment[]> {
  return (await call<{ departments: AdminDepartment[] }>('/api/admin/departments')).departments;
}

export async function fetchAdminDepartment(id: string): Promise<DepartmentRecord> {
  return (await call<{ department: DepartmentRecord }>(`/api/admin/departments/${enc(id)}`)).department;
}

export async function createDepartment(id: string, names: DepartmentNames): Promise<DepartmentRecord> {
  return (await call<{ department: DepartmentRecord }>('/api/admin/departments', { body: { id, names } })).department;
}

export async function renameDepartment(id: string, names: DepartmentNames): Promise<DepartmentRecord> {
  return (await call<{ department: DepartmentRecord }>(`/api/admin/departments/${enc(id)}`, { method: 'PUT', body: { names } })).department;
}

export async function setDepartmentActive(id: string, active: boolean): Promise<DepartmentRecord> {
  const path = `/api/admin/departments/${enc(id)}/${active ? 'reactivate' : 'deactivate'}`;
  return (await call<{ department: DepartmentRecord }>(path, { body: {} })).department;
}

export async function fetchStaff(): Promise<StaffAccount[]> {
  return (await call<{ staff: StaffAccount[] }>('/api/admin/staff')).staff;
}

export async function fetchStaffAccount(id: string): Promise<StaffAccount> {
  return (await call<{ account: StaffAccount }>(`/api/admin/staff/${enc(id)}`)).account;
}

export interface NewStaffAccount {
  name: string;
  email: string;
  role: StaffRole | '';
  department?: string;
  password?: string;
  generatePassword?: boolean;
}

export function createStaffAccount(input: NewStaffAccount): Promise<{ account: StaffAccount; password?: string }> {
  return call('/api/admin/staff', { body: input });
}

export async function changeStaffAccount(id: string, role: StaffRole, department?: string): Promise<StaffAccount> {
  return (await call<{ account: StaffAccount }>(`/api/admin/staff/${enc(id)}`, { method: 'PUT', body: { role, ...(department ? { department } : {}) } })).account;
}

export async function setStaffActive(id: string, active: boolean): Promise<StaffAccount> {
  return (await call<{ account: StaffAccount }>(`/api/admin/staff/${enc(id)}/${active ? 'reactivate' : 'deactivate'}`, { body: {} })).account;
}

export function fetchRouting(): Promise<{ rev: string | null; services: ServiceRouting[] }> {
  return call('/api/admin/routing');
}

export function fetchServiceRouting(serviceId: string): Promise<{ rev: string | null; service: ServiceRouting }> {
  return call(`/api/admin/routing/${enc(serviceId)}`);
}

export function saveServiceRouting(serviceId: string, rev: string | null, override: Record<string, string>): Promise<{ rev: string; service: ServiceRouting }> {
  return call(`/api/admin/routing/${enc(serviceId)}`, { method: 'PUT', body: { rev, override } });
}

export function fetchAdminAudit(): Promise<{ entries: AdminAuditEntry[]; verification: ChainCheck }> {
  return call('/api/admin/audit');
}
