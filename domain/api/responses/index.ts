import type { ChainCheck } from '../../audit/chain-check';
import type { MessageDoc } from '../../messages/message-document';
import type { Profile } from '../../profile/profile';
import type { PullResponseBody, PushResponseBody } from '../../sync/sync-protocol';
import type { SessionUser } from './auth';
import type { DepartmentRecord } from '../../catalogue/departments';
import type { StaffAccount } from '../../staff/staff-account';
import type { AdminAuditEntry, AdminDepartment, ServiceRouting } from './admin';
import type { AuditEntry, CaseFollowUp, CaseDetail, CaseMessage, Colleague, FilledTemplate, InboxPage, InternalNote, SavedFilter, TemplateList } from './clerk';
import type { TextTemplate } from '../../templates/text-template';
import type { DecisionLetter } from '../../decisions/decision-letter';
import type { ChunkReceipt, RequestFiles, UploadStatus } from './files';
import type { ClerkOverview, CreatedFoundItem, LostReports, PublicFoundItems } from './fundsachen';
import type { ImportRecord, ImportResult, StatementLine } from './kasse';
import type { InvoiceAnswer, StartedPayment } from './payments';
import type { FreeSlotList } from './slots';
import type { ClosingMove, PoolCapacity } from './capacity';
import type { NearbyReports } from './maps';
import type { MeTooAnswer } from '../../maps/nearby-reports';
import type { PickupOutcome, TourList } from '../../disposer/tour';
import type { ArchiveOffer } from '../../archive/hand-over';

export type * from './admin';
export type * from './capacity';
export type * from './auth';
export type * from './clerk';
export type * from './kasse';
export type * from './files';
export type * from './fundsachen';
export type * from './payments';
export type * from './slots';
export type * from './maps';

/**
 * The JSON answers of the endpoints whose answers are declared, by endpoint id: the client reads
 * its types from here instead of declaring them again. Where the endpoint declares a response
 * schema, the type is that schema's (json-schema-to-ts), and the route × role matrix checks the
 * real answers against the schema.
 */
export interface Responses {
  'clerk.inbox': InboxPage;
  'clerk.case': { request: CaseDetail };
  'clerk.action': { request: CaseDetail };
  'clerk.decisionPreview': { letter: DecisionLetter; digest: string };
  'clerk.decide': { request: CaseDetail };
  'clerk.setFollowUp': { followUp: CaseFollowUp };
  'clerk.bulk': { results: { id: string; reference?: string; ok: boolean; error?: string; /** The HTTP status this case alone would have been refused with. */ status?: number }[] };
  'clerk.clearFollowUp': { followUp: null };
  'clerk.assignment': { request: CaseDetail };
  'clerk.messages': { messages: CaseMessage[] };
  'clerk.sendMessage': { message: CaseMessage };
  'clerk.notes': { notes: InternalNote[] };
  'clerk.addNote': { note: InternalNote };
  'clerk.staff': { staff: Colleague[] };
  'clerk.audit': { entries: AuditEntry[]; verification: ChainCheck };
  'clerk.templates': TemplateList;
  'clerk.createTemplate': { template: TextTemplate };
  'clerk.updateTemplate': { template: TextTemplate };
  'clerk.deleteTemplate': { deleted: string };
  'clerk.fillTemplate': FilledTemplate;
  'clerk.savedFilters': { filters: SavedFilter[] };
  'clerk.saveFilter': { filter: SavedFilter };
  'clerk.deleteSavedFilter': { deleted: string };
  'admin.departments': { departments: AdminDepartment[] };
  'admin.department': { department: DepartmentRecord };
  'admin.createDepartment': { department: DepartmentRecord };
  'admin.renameDepartment': { department: DepartmentRecord };
  'admin.deactivateDepartment': { department: DepartmentRecord };
  'admin.reactivateDepartment': { department: DepartmentRecord };
  'admin.staff': { staff: StaffAccount[] };
  'admin.staffAccount': { account: StaffAccount };
  'admin.createStaff': { account: StaffAccount };
  'admin.resendInvitation': { account: StaffAccount };
  'admin.changeStaff': { account: StaffAccount };
  'admin.deactivateStaff': { account: StaffAccount };
  'admin.reactivateStaff': { account: StaffAccount };
  'admin.routing': { rev: string | null; services: ServiceRouting[] };
  'admin.routingService': { rev: string | null; service: ServiceRouting };
  'admin.changeRouting': { rev: string; service: ServiceRouting };
  'admin.audit': { entries: AdminAuditEntry[]; verification: ChainCheck };
  'admin.capacity': { pools: PoolCapacity[] };
  'admin.changeCapacity': { pool: PoolCapacity };
  /** `done`: false for the preview (nothing changed), true once the day is closed. */
  'admin.closeDay': { done: boolean; date: string; affected: number; moves: ClosingMove[]; pool: PoolCapacity };
  'admin.openDay': { pool: PoolCapacity };
  'kasse.import': ImportResult;
  'kasse.imports': { imports: ImportRecord[]; open: StatementLine[] };
  'kasse.closeLine': { line: StatementLine };
  'auth.login': { user: SessionUser };
  'auth.me': { user: SessionUser };
  'auth.bundid.logout': import('./auth').BundIdLogoutAnswer;
  'auth.bundid.unlink': { user: SessionUser };
  /** Nobody signed in is a normal answer; `expired`: the device sent a session cookie that has ended. */
  'auth.staffLogin.available': { available: boolean };
  'auth.session': { user: SessionUser | null; expired: boolean };
  'auth.confirmEmail': { status: 'confirmed'; email: string };
  'profile.read': { profile: Profile };
  'profile.save': { profile: Profile };
  'sync.requests.pull': PullResponseBody;
  'sync.requests.push': PushResponseBody;
  'sync.messages.pull': PullResponseBody<MessageDoc>;
  'sync.messages.push': PushResponseBody<MessageDoc>;
  'payments.start': StartedPayment;
  'payments.invoiceData': InvoiceAnswer;
  'slots.free': FreeSlotList;
  'disposer.tour': TourList;
  'disposer.mark': { id: string; outcome: { state: PickupOutcome; reason?: string; at: string } };
  'archive.offers': { offers: ArchiveOffer[] };
  'admin.archiveOffers': { offers: ArchiveOffer[] };
  'archive.evaluate': { archive: number; destroyed: number };
  'archive.imported': { deleted: number; failed: number };
  'fundsachen.list': PublicFoundItems;
  'map.nearbyReports': NearbyReports;
  'map.meToo': MeTooAnswer;
  'fundsachen.overview': ClerkOverview;
  'fundsachen.lostReports': LostReports;
  'fundsachen.create': CreatedFoundItem;
  'files.list': RequestFiles;
  'files.create': UploadStatus;
  'files.status': UploadStatus;
  'files.chunk': ChunkReceipt;
  'files.complete': UploadStatus;
}

export type ResponseOf<I extends keyof Responses> = Responses[I];
