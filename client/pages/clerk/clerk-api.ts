import type { ChainCheck } from '../../../domain/audit/chain-check';
import type { ClerkAction, RequestStatus } from '../../../domain/lifecycle/request-status';
import type { PaymentSummary } from '../../../domain/payments/payment-summary';
import type { RequestDoc } from '../../../domain/request/request-document';
import { ApiRequestError, NetworkError } from '../../api/api-client';
import { sessionFetch } from '../../session/session-fetch';

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
}

export interface InboxPage {
  requests: CaseSummary[];
  page: number;
  pageSize: number;
  hasNext: boolean;
  counts: Partial<Record<RequestStatus, number>>;
}

export type CaseDetail = RequestDoc & {
  citizen: { name: string; email: string } | null;
  assignee: { id: string; name: string } | null;
  readOnly: boolean;
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

function call<T>(path: string, body?: unknown): Promise<T> {
  return sessionFetch<T>(path, body === undefined ? {} : { body });
}

const base = (id: string) => `/api/clerk/requests/${encodeURIComponent(id)}`;

/** Newest first, as an inbox is read. */
export function sortNewestFirst(cases: CaseSummary[]): CaseSummary[] {
  return [...cases].sort((a, b) => (b.receivedAt ?? b.updatedAt).localeCompare(a.receivedAt ?? a.updatedAt));
}

export function fetchInbox(query: string): Promise<InboxPage> {
  return call<InboxPage>(`/api/clerk/requests${query ? `?${query}` : ''}`);
}

export async function fetchCase(id: string): Promise<CaseDetail> {
  return (await call<{ request: CaseDetail }>(base(id))).request;
}

export async function performAction(id: string, action: ClerkAction, reason?: string, department?: string, paymentOverride?: string): Promise<CaseDetail> {
  const { request } = await call<{ request: CaseDetail }>(`${base(id)}/actions`, {
    action,
    ...(reason ? { reason } : {}),
    ...(department ? { department } : {}),
    ...(paymentOverride ? { paymentOverride } : {}),
  });
  return request;
}

export async function changeAssignment(id: string, action: 'assignToMe' | 'assign' | 'unassign', assigneeId?: string): Promise<CaseDetail> {
  return (await call<{ request: CaseDetail }>(`${base(id)}/assignment`, { action, ...(assigneeId ? { assigneeId } : {}) })).request;
}

export async function fetchMessages(id: string): Promise<CaseMessage[]> {
  return (await call<{ messages: CaseMessage[] }>(`${base(id)}/messages`)).messages;
}

export async function sendMessage(id: string, text: string, uploadId?: string): Promise<CaseMessage> {
  return (await call<{ message: CaseMessage }>(`${base(id)}/messages`, { text, ...(uploadId ? { uploadId } : {}) })).message;
}

/** Uploads a PDF for the next message; the server checks it is one (from its content). */
export async function uploadPdf(id: string, file: File): Promise<{ id: string }> {
  let response: Response;
  try {
    response = await fetch(`${base(id)}/attachments`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/pdf', 'X-File-Name': encodeURIComponent(file.name), 'Accept-Language': document.documentElement.lang || 'de' },
      body: file,
    });
  } catch (cause) {
    throw new NetworkError(cause);
  }
  const body = await response.json().catch(() => ({ error: `http_${response.status}`, message: '' }));
  if (!response.ok) throw new ApiRequestError(response.status, body);
  return body.upload;
}

export async function fetchNotes(id: string): Promise<InternalNote[]> {
  return (await call<{ notes: InternalNote[] }>(`${base(id)}/notes`)).notes;
}

export async function addNote(id: string, text: string): Promise<InternalNote> {
  return (await call<{ note: InternalNote }>(`${base(id)}/notes`, { text })).note;
}

export async function fetchStaff(): Promise<Colleague[]> {
  return (await call<{ staff: Colleague[] }>('/api/clerk/staff')).staff;
}

export function fetchAudit(): Promise<{ entries: AuditEntry[]; verification: ChainCheck }> {
  return call('/api/clerk/audit');
}

export const caseFileHref = (id: string) => `${base(id)}/case-file.pdf`;
export const attachmentHref = (id: string, messageId: string) => `${base(id)}/messages/${encodeURIComponent(messageId)}/attachment`;
