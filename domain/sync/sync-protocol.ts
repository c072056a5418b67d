import type { RequestDoc } from '../request/request-document';

/**
 * The wire format between a device's RxDB replication and the server's sync endpoints
 * (`/api/sync/<collection>/pull`, `/push`, `/api/sync/stream`).
 */

/** CouchDB's own change sequence: opaque, compared by the store only, never by clocks. */
export interface SyncCheckpoint {
  seq: string;
}

/**
 * Documents per pull, asked by the device and allowed by the server. A new device of a citizen
 * with 200 requests gets them in one answer (~15 KB compressed) instead of five sequential
 * round trips of 50; RxDB stops pulling after an answer smaller than the batch.
 */
export const PULL_BATCH_SIZE = 250;

export interface PullRequestBody {
  checkpoint: SyncCheckpoint | null;
  batchSize: number;
}

export type SyncedDoc<T> = T & { _deleted: boolean };

export interface PullResponseBody<T = RequestDoc> {
  documents: SyncedDoc<T>[];
  checkpoint: SyncCheckpoint | null;
}

export interface PushRow<T = RequestDoc> {
  assumedMasterState: SyncedDoc<T> | null;
  newDocumentState: SyncedDoc<T>;
}

export interface PushRequestBody<T = RequestDoc> {
  rows: PushRow<T>[];
}

/** Documents whose master state differed from what the device assumed: the current master. */
export interface PushResponseBody<T = RequestDoc> {
  conflicts: SyncedDoc<T>[];
}

/** Error body of every API answer that is not 2xx. */
export interface ApiError {
  error: string;
  /** German (or Accept-Language) sentence a person can act on. */
  message: string;
  problems?: { id?: string; field?: string; code: string; message?: string }[];
}

/** Server-sent event on `/api/sync/stream`: something of this user's changed, pull now. */
export const SYNC_EVENT = 'changed';
export const SYNC_COLLECTIONS = ['requests'] as const;
export type SyncCollection = (typeof SYNC_COLLECTIONS)[number];
