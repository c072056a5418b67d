import type { ClerkAction } from '../../../domain/lifecycle/request-status';
import type { BodyOf, CaseDetail, CaseMessage, CaseSummary, EndpointById, InternalNote, ResponseOf } from '../../../domain/api';
import { ApiRequestError, NetworkError } from '../../api/api-client';
import { sessionFetch } from '../../session/session-fetch';

export type { AuditEntry, CaseDetail, CaseMessage, CaseSummary, Colleague, InboxPage, InternalNote } from '../../../domain/api';

function call<T>(path: string, body?: unknown): Promise<T> {
  return sessionFetch<T>(path, body === undefined ? {} : { body });
}

const base = (id: string) => `/api/clerk/requests/${encodeURIComponent(id)}`;

/** Newest first, as an inbox is read. */
export function sortNewestFirst(cases: CaseSummary[]): CaseSummary[] {
  return [...cases].sort((a, b) => (b.receivedAt ?? b.updatedAt).localeCompare(a.receivedAt ?? a.updatedAt));
}

export function fetchInbox(query: string): Promise<ResponseOf<'clerk.inbox'>> {
  return call<ResponseOf<'clerk.inbox'>>(`/api/clerk/requests${query ? `?${query}` : ''}`);
}

export async function fetchCase(id: string): Promise<CaseDetail> {
  return (await call<ResponseOf<'clerk.case'>>(base(id))).request;
}

export async function performAction(id: string, action: ClerkAction, reason?: string, department?: string, paymentOverride?: string): Promise<CaseDetail> {
  const body: BodyOf<EndpointById<'clerk.action'>> = {
    action,
    ...(reason ? { reason } : {}),
    ...(department ? { department } : {}),
    ...(paymentOverride ? { paymentOverride } : {}),
  };
  const { request } = await call<ResponseOf<'clerk.action'>>(`${base(id)}/actions`, body);
  return request;
}

export async function changeAssignment(id: string, action: BodyOf<EndpointById<'clerk.assignment'>>['action'], assigneeId?: string): Promise<CaseDetail> {
  return (await call<ResponseOf<'clerk.assignment'>>(`${base(id)}/assignment`, { action, ...(assigneeId ? { assigneeId } : {}) })).request;
}

export async function fetchMessages(id: string): Promise<CaseMessage[]> {
  return (await call<ResponseOf<'clerk.messages'>>(`${base(id)}/messages`)).messages;
}

export async function sendMessage(id: string, text: string, uploadId?: string): Promise<CaseMessage> {
  return (await call<ResponseOf<'clerk.sendMessage'>>(`${base(id)}/messages`, { text, ...(uploadId ? { uploadId } : {}) })).message;
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
  return (await call<ResponseOf<'clerk.notes'>>(`${base(id)}/notes`)).notes;
}

export async function addNote(id: string, text: string): Promise<InternalNote> {
  return (await call<ResponseOf<'clerk.addNote'>>(`${base(id)}/notes`, { text })).note;
}

export async function fetchStaff(): Promise<ResponseOf<'clerk.staff'>['staff']> {
  return (await call<ResponseOf<'clerk.staff'>>('/api/clerk/staff')).staff;
}

export function fetchAudit(): Promise<ResponseOf<'clerk.audit'>> {
  return call<ResponseOf<'clerk.audit'>>('/api/clerk/audit');
}

export const caseFileHref = (id: string) => `${base(id)}/case-file.pdf`;
export const attachmentHref = (id: string, messageId: string) => `${base(id)}/messages/${encodeURIComponent(messageId)}/attachment`;

export type DecisionOutcome = BodyOf<EndpointById<'clerk.decide'>>['outcome'];

/** The letter exactly as it would go out now; nothing changes on the server. */
export function previewDecision(id: string, outcome: DecisionOutcome, text: string): Promise<ResponseOf<'clerk.decisionPreview'>> {
  return call<ResponseOf<'clerk.decisionPreview'>>(`${base(id)}/decision/preview`, { outcome, text });
}

/** Sends the previewed letter and closes the case; the same decisionId sent twice sends one letter. */
export async function sendDecision(id: string, body: BodyOf<EndpointById<'clerk.decide'>>): Promise<CaseDetail> {
  return (await call<ResponseOf<'clerk.decide'>>(`${base(id)}/decision`, body)).request;
}

export type BulkBody = BodyOf<EndpointById<'clerk.bulk'>>;

/** One action for the selected cases; each case's outcome comes back. */
export async function bulkAction(body: BulkBody): Promise<ResponseOf<'clerk.bulk'>['results']> {
  return (await call<ResponseOf<'clerk.bulk'>>('/api/clerk/bulk', body)).results;
}

export async function setFollowUp(id: string, date: string, note: string): Promise<ResponseOf<'clerk.setFollowUp'>['followUp']> {
  return (await sessionFetch<ResponseOf<'clerk.setFollowUp'>>(`${base(id)}/follow-up`, { method: 'PUT', body: { date, note } })).followUp;
}

export async function clearFollowUp(id: string): Promise<void> {
  // A body, so the request carries the JSON content type every state change must (server/http/same-origin.ts).
  await sessionFetch<ResponseOf<'clerk.clearFollowUp'>>(`${base(id)}/follow-up`, { method: 'DELETE', body: {} });
}
