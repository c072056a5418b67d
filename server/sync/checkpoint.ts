import { HttpError } from '../http/api-error';
import type { SyncCheckpoint } from '../../domain/sync/sync-protocol';

/**
 * Sanity cap only: a seq is opaque and of any length (a CouchDB cluster's are ~260 characters at
 * q=8 and grow with the shard count), so it is passed back as given, never measured against a
 * format. 4 KB keeps an absurd body from reaching the store.
 */
export const CHECKPOINT_MAX_CHARS = 4096;

/** The checkpoint of a pull's body: null for a first pull, else `{ seq: <string> }`. */
export function checkpointOf(body: unknown): SyncCheckpoint | null {
  const cp = (body as { checkpoint?: unknown } | null | undefined)?.checkpoint as { seq?: unknown } | null | undefined;
  if (cp === null || cp === undefined) return null;
  if (typeof cp !== 'object' || typeof cp.seq !== 'string' || cp.seq.length === 0 || cp.seq.length > CHECKPOINT_MAX_CHARS) {
    throw new HttpError(400, 'invalid_checkpoint', [{ field: 'checkpoint', code: 'invalid' }]);
  }
  return { seq: cp.seq };
}

/** The batch size a pull asks for (50 when not given), kept between 1 and the collection's cap. */
export function batchSizeOf(body: { batchSize?: unknown }, cap: number): number {
  return Math.min(Math.max(Number(body.batchSize) || 50, 1), cap);
}
