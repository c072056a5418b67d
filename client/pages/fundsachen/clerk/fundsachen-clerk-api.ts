import type { DateParts } from '../../../../domain/catalogue/service-definition';
import type { FoundItem } from '../../../../domain/fundsachen';
import type { RequestStatus } from '../../../../domain/lifecycle/request-status';
import { sessionFetch } from '../../../session/session-fetch';

/** Clerks work online: nothing of the Fundbüro's records is stored on their device. */
export interface ClaimSummary {
  id: string;
  reference?: string;
  status: RequestStatus;
}

export type ClerkFoundItem = Omit<FoundItem, 'createdBy'> & { claims: ClaimSummary[] };

export interface LostReportMatch {
  id: string;
  reference?: string;
  description: string;
  where: string;
  when?: DateParts;
}

export interface FoundItemEntry {
  id: string;
  category: string;
  description: string;
  place: string;
  foundOn: Partial<DateParts>;
  storageNumber: string;
}

function call<T>(path: string, body?: unknown): Promise<T> {
  return sessionFetch<T>(path, body === undefined ? {} : { body });
}

export interface ClerkOverview {
  items: ClerkFoundItem[];
  unmatchedClaims: (ClaimSummary & { itemNumber: string })[];
}

export function fetchClerkFoundItems(): Promise<ClerkOverview> {
  return call<ClerkOverview>('/api/fundsachen/verwaltung');
}

export function saveFoundItem(entry: FoundItemEntry): Promise<{ item: FoundItem; matches: LostReportMatch[] }> {
  return call('/api/fundsachen', entry);
}
