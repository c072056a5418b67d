import type { DepartmentNames, DepartmentRecord } from '../../../domain/catalogue/departments';
import type { StaffRole } from '../../../domain/staff/roles';
import type { StaffAccount } from '../../../domain/staff/staff-account';
import { sessionFetch } from '../../session/session-fetch';
import type { BodyOf, EndpointById, ResponseOf } from '../../../domain/api';

export type { AdminAuditEntry, AdminDepartment, RoutingSlot, ServiceRouting } from '../../../domain/api';

const call = sessionFetch;

const enc = encodeURIComponent;

export async function fetchAdminDepartments(): Promise<ResponseOf<'admin.departments'>['departments']> {
  return (await call<ResponseOf<'admin.departments'>>('/api/admin/departments')).departments;
}

export async function fetchAdminDepartment(id: string): Promise<DepartmentRecord> {
  return (await call<ResponseOf<'admin.department'>>(`/api/admin/departments/${enc(id)}`)).department;
}

export async function createDepartment(id: string, names: DepartmentNames): Promise<DepartmentRecord> {
  return (await call<ResponseOf<'admin.createDepartment'>>('/api/admin/departments', { body: { id, names } })).department;
}

export async function renameDepartment(id: string, names: DepartmentNames): Promise<DepartmentRecord> {
  return (await call<ResponseOf<'admin.renameDepartment'>>(`/api/admin/departments/${enc(id)}`, { method: 'PUT', body: { names } })).department;
}

export async function setDepartmentActive(id: string, active: boolean): Promise<DepartmentRecord> {
  const path = `/api/admin/departments/${enc(id)}/${active ? 'reactivate' : 'deactivate'}`;
  return (await call<ResponseOf<'admin.deactivateDepartment' | 'admin.reactivateDepartment'>>(path, { body: {} })).department;
}

export async function fetchStaff(): Promise<StaffAccount[]> {
  return (await call<ResponseOf<'admin.staff'>>('/api/admin/staff')).staff;
}

export async function fetchStaffAccount(id: string): Promise<StaffAccount> {
  return (await call<ResponseOf<'admin.staffAccount'>>(`/api/admin/staff/${enc(id)}`)).account;
}

export type NewStaffAccount = BodyOf<EndpointById<'admin.createStaff'>>;

export function createStaffAccount(input: NewStaffAccount): Promise<ResponseOf<'admin.createStaff'>> {
  return call<ResponseOf<'admin.createStaff'>>('/api/admin/staff', { body: input });
}

export async function resendInvitation(id: string): Promise<StaffAccount> {
  return (await call<ResponseOf<'admin.resendInvitation'>>(`/api/admin/staff/${enc(id)}/invitation`, { body: {} })).account;
}

export async function changeStaffAccount(id: string, role: StaffRole, department?: string): Promise<StaffAccount> {
  return (await call<ResponseOf<'admin.changeStaff'>>(`/api/admin/staff/${enc(id)}`, { method: 'PUT', body: { role, ...(department ? { department } : {}) } })).account;
}

export async function setStaffActive(id: string, active: boolean): Promise<StaffAccount> {
  return (await call<ResponseOf<'admin.deactivateStaff' | 'admin.reactivateStaff'>>(`/api/admin/staff/${enc(id)}/${active ? 'reactivate' : 'deactivate'}`, { body: {} })).account;
}

export function fetchRouting(): Promise<ResponseOf<'admin.routing'>> {
  return call<ResponseOf<'admin.routing'>>('/api/admin/routing');
}

export function fetchServiceRouting(serviceId: string): Promise<ResponseOf<'admin.routingService'>> {
  return call<ResponseOf<'admin.routingService'>>(`/api/admin/routing/${enc(serviceId)}`);
}

export function saveServiceRouting(serviceId: string, rev: string | null, override: Record<string, string>): Promise<ResponseOf<'admin.changeRouting'>> {
  return call<ResponseOf<'admin.changeRouting'>>(`/api/admin/routing/${enc(serviceId)}`, { method: 'PUT', body: { rev, override } });
}

export function fetchAdminAudit(): Promise<ResponseOf<'admin.audit'>> {
  return call<ResponseOf<'admin.audit'>>('/api/admin/audit');
}

/** The offers to the city archive, newest first (read-only). */
export async function fetchArchiveOffers(): Promise<ResponseOf<'admin.archiveOffers'>['offers']> {
  return (await call<ResponseOf<'admin.archiveOffers'>>('/api/admin/archive-offers')).offers;
}
