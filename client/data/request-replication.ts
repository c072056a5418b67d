import type { RxCollection, WithDeleted } from 'rxdb/plugins/core';
import { replicateRxCollection } from 'rxdb/plugins/replication';
import { Subject } from 'rxjs';
import { REQUEST_SCHEMA, type RequestDoc } from '../../domain/request/request-document';
import { PULL_BATCH_SIZE, SYNC_EVENT, type SyncCheckpoint } from '../../domain/sync/sync-protocol';
import { applyPushResult, type PendingEntries } from './pending-push';
import { createPullHandler, createPushHandler } from './sync-handlers';
import { firstPullDone } from './sync-state';
import { waitForUploads } from './files/wait-for-uploads';

export interface ReplicationHooks {
  onReachability(reachable: boolean): void;
  onUnauthenticated(): void;
}

export interface ReplicationControl {
  stop(): Promise<void>;
}

/** Retry a failed pull/push after this long (RxDB also retries at once when the browser goes online). */
const RETRY_MS = 3000;
/**
 * Every keystroke is written locally at once, but pushing each one would send a request per
 * character. Waiting a moment lets RxDB send the latest state of a burst of typing together.
 */
const PUSH_DELAY_MS = 500;
/** An EventSource that the server closed for good (e.g. 401) is reopened after this long. */
const STREAM_REOPEN_MS = 15_000;

const KNOWN_FIELDS = new Set([...Object.keys(REQUEST_SCHEMA.properties), '_deleted']);

/** The device's schema is closed: drop anything the server adds that the schema doesn't know. */
function onlySchemaFields(doc: Record<string, unknown>): WithDeleted<RequestDoc> {
  const picked = Object.fromEntries(Object.entries(doc).filter(([key]) => KNOWN_FIELDS.has(key)));
  return { ...picked, _deleted: doc._deleted === true } as WithDeleted<RequestDoc>;
}

/**
 * "Something changed for you, pull now": the server's SSE stream, the browser coming online,
 * and every (re)opened stream (changes may have happened while it was closed) all say RESYNC.
 */
export function openChangeSignal(): { events$: Subject<'RESYNC'>; close(): void } {
  const events$ = new Subject<'RESYNC'>();
  let source: EventSource | undefined;
  let reopenTimer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;
  const resync = () => events$.next('RESYNC');

  function open(): void {
    if (closed || typeof EventSource === 'undefined') return;
    source = new EventSource('/api/sync/stream');
    source.addEventListener(SYNC_EVENT, resync);
    source.addEventListener('open', resync);
    source.addEventListener('error', () => {
      // CONNECTING: the browser retries by itself. CLOSED: it gave up (HTTP error) — we retry later.
      if (source?.readyState === EventSource.CLOSED && !closed) {
        clearTimeout(reopenTimer);
        reopenTimer = setTimeout(open, STREAM_REOPEN_MS);
      }
    });
  }
  const onOnline = () => {
    resync();
    if (!source || source.readyState === EventSource.CLOSED) open();
  };
  window.addEventListener('online', onOnline);
  open();
  return {
    events$,
    close() {
      closed = true;
      clearTimeout(reopenTimer);
      source?.close();
      window.removeEventListener('online', onOnline);
      events$.complete();
    },
  };
}

export function startRequestReplication(
  requests: RxCollection<RequestDoc>,
  userId: string,
  hooks: ReplicationHooks,
  modifyPending: (change: (entries: PendingEntries) => PendingEntries) => Promise<void>,
): ReplicationControl {
  const handlerHooks = {
    onReachability: hooks.onReachability,
    // Deferred: the session stops this replication, which must not happen inside its own handler.
    onUnauthenticated: () => queueMicrotask(hooks.onUnauthenticated),
    onPushed: (pushed: { id: string; updatedAt: string }[], conflicts: { id: string; updatedAt: string }[]) =>
      void modifyPending((entries) => applyPushResult(entries, pushed, conflicts)).catch(() => undefined),
  };
  const changes = openChangeSignal();
  const pushHandler = createPushHandler(handlerHooks);

  const replication = replicateRxCollection<RequestDoc, SyncCheckpoint>({
    // Per user and server: checkpoints of one server never apply to another.
    replicationIdentifier: `requests:${userId}:${location.origin}/api/sync/requests`,
    collection: requests,
    live: true,
    retryTime: RETRY_MS,
    waitForLeadership: true,
    pull: {
      handler: createPullHandler(handlerHooks),
      batchSize: PULL_BATCH_SIZE,
      stream$: changes.events$.asObservable(),
      modifier: (doc: Record<string, unknown>) => onlySchemaFields(doc),
    },
    push: {
      // A request is sent only once the files it names are uploaded (else the server sends it back).
      handler: async (rows) => {
        await waitForUploads(rows.map((r) => r.newDocumentState));
        return pushHandler(rows);
      },
      batchSize: 20,
      waitBeforePersist: () => new Promise((resolve) => setTimeout(resolve, PUSH_DELAY_MS)),
    },
  });
  // Errors are retried by RxDB; subscribing keeps them from surfacing as unhandled.
  const errors = replication.error$.subscribe(() => undefined);
  void replication.awaitInitialReplication().then(() => (firstPullDone.value = true), () => undefined);

  return {
    async stop() {
      errors.unsubscribe();
      changes.close();
      await replication.cancel();
    },
  };
}
