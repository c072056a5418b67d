import type { ClerkAction, RequestStatus } from '../../../domain/lifecycle/request-status';
import type { RequestDoc } from '../../../domain/request/request-document';
import { apiFetch, isUnauthenticated } from '../../api/api-client';
import { handleUnauthenticated } from '../../session/session';

/** Clerks work online against the server's API; nothing of a case is stored on their device. */
export interface CaseSummary {
  id: string;
  reference?: string;
  serviceId: string;
  status: RequestStatus;
  receivedAt?: string;
  updatedAt: string;
  department?: string;
}

export type CaseDetail = RequestDoc & { citizen: { name: string; email: string } | null };

async function call<T>(path: string, body?: unknown): Promise<T> {
  try {
    return await apiFetch<T>(path, body === undefined ? {} : { body });
  } catch (error) {
    if (isUnauthenticated(error)) handleUnauthenticated();
    throw error;
  }
}

/** Newest first, as an inbox is read. */
export function sortNewestFirst(cases: CaseSummary[]): CaseSummary[] {
  return [...cases].sort((a, b) => (b.receivedAt ?? b.updatedAt).localeCompare(a.receivedAt ?? a.updatedAt));
}

export async function fetchInbox(): Promise<CaseSummary[]> {
  const { requests } = await call<{ requests: CaseSummary[] }>('/api/clerk/requests');
  return sortNewestFirst(requests);
}

export async function fetchCase(id: string): Promise<CaseDetail> {
  const { request } = await call<{ request: CaseDetail }>(`/api/clerk/requests/${encodeURIComponent(id)}`);
  return request;
}

export async function performAction(id: string, action: ClerkAction, reason?: string): Promise<CaseDetail> {
  const { request } = await call<{ request: CaseDetail }>(`/api/clerk/requests/${encodeURIComponent(id)}/actions`, {
    action,
    ...(reason ? { reason } : {}),
  });
  return request;
}
