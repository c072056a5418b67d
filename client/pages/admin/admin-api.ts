import type { DepartmentNames, DepartmentRecord } from '../../../domain/catalogue/departments';
import type { StaffRole } from '../../../domain/staff/roles';
import type { StaffAccount } from '../../../domain/staff/staff-account';
import { sessionFetch } from '../../session/session-fetch';
import type { ResponseOf } from '../../../domain/api';

export type { AdminAuditEntry, AdminDepartment, RoutingSlot, ServiceRouting } from '../../../domain/api';

const call = sessionFetch;

const enc = encodeURIComponent;

export async function fetchAdminDepartments(): Promise<ResponseOf<'admin.departments'>['departments']> {
  return (await call<ResponseOf<'admin.departments'>>('/api/admin/departments')).departments;
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

export function fetchRouting(): Promise<ResponseOf<'admin.routing'>> {
  return call('/api/admin/routing');
}

export function fetchServiceRouting(serviceId: string): Promise<ResponseOf<'admin.routingService'>> {
  return call(`/api/admin/routing/${enc(serviceId)}`);
}

export function saveServiceRouting(serviceId: string, rev: string | null, override: Record<string, string>): Promise<ResponseOf<'admin.changeRouting'>> {
  return call(`/api/admin/routing/${enc(serviceId)}`, { method: 'PUT', body: { rev, override } });
}

export function fetchAdminAudit(): Promise<ResponseOf<'admin.audit'>> {
  return call('/api/admin/audit');
}
