import type { ReplicationPullHandlerResult, RxReplicationWriteToMasterRow, WithDeleted } from 'rxdb';
import type { ResponseOf } from '../../domain/api';
import { ApiRequestError, NetworkError, apiFetch } from '../api/api-client';
import type { RequestDoc } from '../../domain/request/request-document';
import type {
  PullRequestBody,
  PushRequestBody,
  SyncCheckpoint,
} from '../../domain/sync/sync-protocol';
import { requestStatesEqual, resolveRequestConflict } from '../../domain/sync/resolve-request-conflict';
import type { PushedState } from './pending-push';

/**
 * The two replication handlers: small async functions that speak HTTP and nothing else.
 * They throw on every non-2xx answer and on malformed bodies, so RxDB retries after `retryTime`
 * instead of believing "nothing changed" and quietly stopping (DESIGN.md, measured pitfall).
 */
export interface SyncHandlerHooks {
  /** The server answered at all (any status) or not: drives "Warten auf Verbindung". */
  onReachability(reachable: boolean): void;
  /** 401: the session ended; replication must stop, local data stays. */
  onUnauthenticated(): void;
  /** A push came back: which states the server took and which conflicted. */
  onPushed(pushed: PushedState[], conflicts: PushedState[]): void;
}

type Fetcher = typeof apiFetch;

const BASE = '/api/sync/requests';

async function call<T>(fetcher: Fetcher, path: string, body: unknown, hooks: SyncHandlerHooks): Promise<T> {
  try {
    const result = await fetcher<T>(path, { body });
    hooks.onReachability(true);
    return result;
  } catch (error) {
    if (error instanceof NetworkError) hooks.onReachability(false);
    else if (error instanceof ApiRequestError) {
      // A 5xx (or a proxy's 502 while the server restarts) means "not reachable right now".
      hooks.onReachability(error.status < 500);
      if (error.status === 401) hooks.onUnauthenticated();
    }
    throw error;
  }
}

export function createPullHandler(hooks: SyncHandlerHooks, fetcher: Fetcher = apiFetch) {
  return async (
    checkpoint: SyncCheckpoint | undefined,
    batchSize: number,
  ): Promise<ReplicationPullHandlerResult<RequestDoc, SyncCheckpoint>> => {
    const body: PullRequestBody = { checkpoint: checkpoint ?? null, batchSize };
    const response = await call<ResponseOf<'sync.requests.pull'>>(fetcher, `${BASE}/pull`, body, hooks);
    if (!response || !Array.isArray(response.documents)) throw new Error('Malformed pull response');
    return {
      documents: response.documents as WithDeleted<RequestDoc>[],
      checkpoint: response.checkpoint ?? checkpoint,
    };
  };
}

/**
 * Whether RxDB's conflict handler (the same resolver, see rxdb-database.ts) will keep the
 * server's state as it is — then it pushes nothing again, and the write is done.
 */
function resolvesToMaster(master: RequestDoc, row: RxReplicationWriteToMasterRow<RequestDoc> | undefined): boolean {
  if (!row) return false;
  const resolved = resolveRequestConflict(master, row.newDocumentState as RequestDoc, row.assumedMasterState as RequestDoc | undefined);
  return requestStatesEqual(resolved, master);
}

export function createPushHandler(hooks: SyncHandlerHooks, fetcher: Fetcher = apiFetch) {
  return async (rows: RxReplicationWriteToMasterRow<RequestDoc>[]): Promise<WithDeleted<RequestDoc>[]> => {
    const body: PushRequestBody = {
      rows: rows.map((row) => ({
        assumedMasterState: (row.assumedMasterState as PushRequestBody['rows'][number]['assumedMasterState']) ?? null,
        newDocumentState: row.newDocumentState as PushRequestBody['rows'][number]['newDocumentState'],
      })),
    };
    const response = await call<ResponseOf<'sync.requests.push'>>(fetcher, `${BASE}/push`, body, hooks);
    if (!response || !Array.isArray(response.conflicts)) throw new Error('Malformed push response');
    const rowById = new Map(rows.map((r) => [r.newDocumentState.id, r]));
    hooks.onPushed(
      rows.map((r) => ({ id: r.newDocumentState.id, updatedAt: r.newDocumentState.updatedAt })),
      response.conflicts.map((c) => ({ id: c.id, updatedAt: c.updatedAt, settled: resolvesToMaster(c, rowById.get(c.id)) })),
    );
    return response.conflicts as WithDeleted<RequestDoc>[];
  };
}
