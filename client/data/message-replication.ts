import type { ReplicationPullHandlerResult, RxCollection, RxReplicationWriteToMasterRow, WithDeleted } from 'rxdb/plugins/core';
import { replicateRxCollection } from 'rxdb/plugins/replication';
import { MESSAGE_SCHEMA, type MessageDoc } from '../../domain/messages/message-document';
import type { ResponseOf } from '../../domain/api';
import type { SyncCheckpoint } from '../../domain/sync/sync-protocol';
import { ApiRequestError, NetworkError, apiFetch } from '../api/api-client';
import { openChangeSignal, type ReplicationControl, type ReplicationHooks } from './request-replication';

const BASE = '/api/sync/messages';
const RETRY_MS = 3000;
const KNOWN_FIELDS = new Set([...Object.keys(MESSAGE_SCHEMA.properties), '_deleted']);

async function call<T>(path: string, body: unknown, hooks: ReplicationHooks): Promise<T> {
  try {
    const result = await apiFetch<T>(path, { body });
    hooks.onReachability(true);
    return result;
  } catch (error) {
    if (error instanceof NetworkError) hooks.onReachability(false);
    // Deferred: the session stops this replication, which must not happen inside its own handler.
    if (error instanceof ApiRequestError && error.status === 401) queueMicrotask(hooks.onUnauthenticated);
    // Thrown on every failure, so RxDB retries instead of taking it for "nothing new".
    throw error;
  }
}

/**
 * The citizen's Postfach: messages replicate like requests (pull/push to the server's own
 * endpoints, woken by the same SSE stream). A reply written offline waits in RxDB and is pushed
 * when the connection returns; the server never changes a stored message, so a conflict only
 * ever hands back the server's copy.
 */
export function startMessageReplication(messages: RxCollection<MessageDoc>, userId: string, hooks: ReplicationHooks): ReplicationControl {
  const changes = openChangeSignal();
  const replication = replicateRxCollection<MessageDoc, SyncCheckpoint>({
    replicationIdentifier: `messages:${userId}:${location.origin}${BASE}`,
    collection: messages,
    live: true,
    retryTime: RETRY_MS,
    waitForLeadership: true,
    pull: {
      batchSize: 100,
      stream$: changes.events$.asObservable(),
      modifier: (doc: Record<string, unknown>) =>
        ({ ...Object.fromEntries(Object.entries(doc).filter(([k]) => KNOWN_FIELDS.has(k))), _deleted: doc._deleted === true }) as WithDeleted<MessageDoc>,
      async handler(checkpoint: SyncCheckpoint | undefined, batchSize: number): Promise<ReplicationPullHandlerResult<MessageDoc, SyncCheckpoint>> {
        const res = await call<ResponseOf<'sync.messages.pull'>>(`${BASE}/pull`, { checkpoint: checkpoint ?? null, batchSize }, hooks);
        if (!res || !Array.isArray(res.documents)) throw new Error('Malformed pull response');
        return { documents: res.documents as WithDeleted<MessageDoc>[], checkpoint: res.checkpoint ?? checkpoint };
      },
    },
    push: {
      batchSize: 20,
      async handler(rows: RxReplicationWriteToMasterRow<MessageDoc>[]): Promise<WithDeleted<MessageDoc>[]> {
        const res = await call<ResponseOf<'sync.messages.push'>>(
          `${BASE}/push`,
          { rows: rows.map((r) => ({ assumedMasterState: r.assumedMasterState ?? null, newDocumentState: r.newDocumentState })) },
          hooks,
        );
        if (!res || !Array.isArray(res.conflicts)) throw new Error('Malformed push response');
        return res.conflicts as WithDeleted<MessageDoc>[];
      },
    },
  });
  const errors = replication.error$.subscribe(() => undefined);
  return {
    async stop() {
      errors.unsubscribe();
      changes.close();
      await replication.cancel();
    },
  };
}
