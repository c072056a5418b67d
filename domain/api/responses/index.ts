import type { ChainCheck } from '../../audit/chain-check';
import type { DepartmentRecord } from '../../catalogue/departments';
import type { StaffAccount } from '../../staff/staff-account';
import type { AdminAuditEntry, AdminDepartment, ServiceRouting } from './admin';
import type { AuditEntry, CaseDetail, CaseMessage, Colleague, InboxPage, InternalNote } from './clerk';
import type { ImportRecord, ImportResult, StatementLine } from './kasse';

export type * from './admin';
export type * from './clerk';
export type * from './kasse';

/**
 * The JSON answers of the endpoints whose answers are declared, by endpoint id: the client reads
 * its types from here instead of declaring them again.
 */
export interface Responses {
  'clerk.inbox': InboxPage;
  'clerk.case': { request: CaseDetail };
  'clerk.action': { request: CaseDetail };
  'clerk.assignment': { request: CaseDetail };
  'clerk.messages': { messages: CaseMessage[] };
  'clerk.sendMessage': { message: CaseMessage };
  'clerk.notes': { notes: InternalNote[] };
  'clerk.addNote': { note: InternalNote };
  'clerk.staff': { staff: Colleague[] };
  'clerk.audit': { entries: AuditEntry[]; verification: ChainCheck };
  'admin.departments': { departments: AdminDepartment[] };
  'admin.department': { department: DepartmentRecord };
  'admin.createDepartment': { department: DepartmentRecord };
  'admin.renameDepartment': { department: DepartmentRecord };
  'admin.deactivateDepartment': { department: DepartmentRecord };
  'admin.reactivateDepartment': { department: DepartmentRecord };
  'admin.staff': { staff: StaffAccount[] };
  'admin.staffAccount': { account: StaffAccount };
  'admin.createStaff': { account: StaffAccount; password?: string };
  'admin.changeStaff': { account: StaffAccount };
  'admin.deactivateStaff': { account: StaffAccount };
  'admin.reactivateStaff': { account: StaffAccount };
  'admin.routing': { rev: string | null; services: ServiceRouting[] };
  'admin.routingService': { rev: string | null; service: ServiceRouting };
  'admin.changeRouting': { rev: string; service: ServiceRouting };
  'admin.audit': { entries: AdminAuditEntry[]; verification: ChainCheck };
  'kasse.import': ImportResult;
  'kasse.imports': { imports: ImportRecord[]; open: StatementLine[] };
  'kasse.closeLine': { line: StatementLine };
}

export type ResponseOf<I extends keyof Responses> = Responses[I];
