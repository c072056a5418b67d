import type { TemplateLanguage, TextTemplate } from '../../templates/text-template';

export type { TextTemplate };
import type { DecisionRecordView } from '../../decisions/decision-letter';
import type { ChainCheck } from '../../audit/chain-check';
import type { RequestStatus } from '../../lifecycle/request-status';
import type { PaymentSummary } from '../../payments/payment-summary';
import type { RequestDoc } from '../../request/request-document';

/** Clerks work online against the server's API; nothing of a case is stored on their device. */
export interface CaseSummary {
  id: string;
  reference?: string;
  serviceId: string;
  status: RequestStatus;
  receivedAt?: string;
  updatedAt: string;
  department?: string;
  citizenName?: string | null;
  assigneeName?: string | null;
  /** The fee's payment; absent when the request costs nothing. */
  payment?: PaymentSummary;
  /** The confirmed appointment or pickup day (a slot id, see domain/slots), where the service has one. */
  confirmedSlot?: string;
  /** The follow-up day (YYYY-MM-DD), if one is set. */
  followUpDate?: string | null;
}

export interface CaseFollowUp {
  date: string;
  note: string;
  authorName: string;
  at: string;
}

export interface InboxPage {
  requests: CaseSummary[];
  page: number;
  pageSize: number;
  hasNext: boolean;
  counts: Partial<Record<RequestStatus, number>>;
  /** How many cases match, where the server can tell at once (no filter, a status, assigned to me, a search); else null. */
  total: number | null;
  /** Instead of a total: more than this many cases match (a search too wide to count cheaply; the clerk narrows it or pages on). */
  totalMoreThan?: number;
}

export type CaseDetail = RequestDoc & {
  citizen: { name: string; email: string } | null;
  assignee: { id: string; name: string } | null;
  readOnly: boolean;
  /** The letter that closed the case, once one went out. */
  decision: DecisionRecordView | null;
  followUp: CaseFollowUp | null;
};

export interface CaseMessage {
  id: string;
  from: 'citizen' | 'clerk';
  text: string;
  createdAt: string;
  attachment: { name: string; size: number; sha256: string } | null;
}

export interface InternalNote {
  id: string;
  authorName: string;
  text: string;
  createdAt: string;
}

export interface Colleague {
  id: string;
  name: string;
  role: string;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actorName: string;
  action: string;
  reference?: string;
  requestId?: string;
  detail?: Record<string, string | number>;
}

/** A clerk's named inbox filter (the inbox query's fields, without the page). */
export interface SavedFilter {
  id: string;
  name: string;
  query: Record<string, string>;
}

export interface TemplateList {
  templates: TextTemplate[];
  /** The department lead keeps the templates; clerks use them. */
  canEdit: boolean;
}

export interface FilledTemplate {
  text: string;
  language: TemplateLanguage;
}
