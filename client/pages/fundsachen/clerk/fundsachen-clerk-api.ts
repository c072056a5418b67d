import type { BodyOf, EndpointById, ResponseOf } from '../../../../domain/api';
import { sessionFetch } from '../../../session/session-fetch';

/** Clerks work online: nothing of the Fundbüro's records is stored on their device. */
export type { ClaimSummary, ClerkFoundItem, ClerkOverview, LostReportMatch } from '../../../../domain/api';

/** The entry form's state: every field of `POST /api/fundsachen` present (the date's parts may be missing). */
export type FoundItemEntry = Required<BodyOf<EndpointById<'fundsachen.create'>>>;

function call<T>(path: string, body?: unknown): Promise<T> {
  return sessionFetch<T>(path, body === undefined ? {} : { body });
}

export function fetchClerkFoundItems(): Promise<ResponseOf<'fundsachen.overview'>> {
  return call<ResponseOf<'fundsachen.overview'>>('/api/fundsachen/verwaltung');
}

export function saveFoundItem(entry: FoundItemEntry): Promise<ResponseOf<'fundsachen.create'>> {
  return call<ResponseOf<'fundsachen.create'>>('/api/fundsachen', entry);
}
