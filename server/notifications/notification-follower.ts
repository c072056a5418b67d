import type { Logger } from '../logger';
import type { Mailer } from '../mail';
import type { StoredMessage } from '../messages/stored-message';
import type { StoredRequest } from '../requests';
import { followChanges, getOrNull, isConflict, type Change, type Store } from '../store';
import { messageEvents, requestEvents, type NotificationEvent } from './notification-events';
import { invoiceEvents } from './reminder-events';
import { queueNotification } from './send-notification';

const CHECKPOINT_ID = '_local/notification-checkpoint';

interface Checkpoint {
  _rev?: string;
  seq: string | number;
  /** Events before this are not news: the history a store already had when notifications began. */
  notifyFrom: string;
}

type Db = Store['requests'];

async function readCheckpoint(db: Db, now: Date): Promise<Checkpoint> {
  const found = await getOrNull<Checkpoint>(db, CHECKPOINT_ID);
  if (found) return found;
  // First start: from the feed's present on, so a portal that gains notifications mails no old news.
  const info = (await db.info()) as { update_seq: string | number };
  const first: Checkpoint = { seq: info.update_seq, notifyFrom: now.toISOString() };
  await saveCheckpoint(db, first);
  return (await getOrNull<Checkpoint>(db, CHECKPOINT_ID)) ?? first;
}

async function saveCheckpoint(db: Db, checkpoint: Checkpoint): Promise<void> {
  const current = await getOrNull<Checkpoint>(db, CHECKPOINT_ID);
  try {
    await db.insert({ ...checkpoint, _id: CHECKPOINT_ID, ...(current?._rev ? { _rev: current._rev } : {}) } as never);
  } catch (err) {
    // Another worker moved it meanwhile: resuming from either is safe (queueing is idempotent).
    if (!isConflict(err)) throw err;
  }
}

export interface NotificationFollower {
  stop(): Promise<void>;
}

/**
 * Mails citizens what happened to their requests, in the worker (one at a time under the lease).
 * Follows the requests' and messages' changes; each event is queued under an id fixed by the
 * event (send-notification.ts), so a batch read again after a crash, or by a second worker whose
 * lease overlapped, queues nothing twice. The checkpoint moves only after a batch is queued.
 */
export async function startNotificationFollower(store: Store, mailer: Mailer, publicBase: () => string, logger?: Logger, now = () => new Date()): Promise<NotificationFollower> {
  const queueAll = async (events: NotificationEvent[], notifyFrom: string) => {
    for (const event of events) if (event.at >= notifyFrom) await queueNotification(store, mailer, publicBase(), event);
  };

  const follow = async <T>(db: Db, dbName: string, eventsOf: (docs: T[]) => Promise<NotificationEvent[]>) => {
    const checkpoint = await readCheckpoint(db, now());
    return followChanges<T>(store, {
      db: dbName,
      since: checkpoint.seq,
      includeDocs: true,
      logger,
      onBatch: async (changes: Change<T>[], lastSeq) => {
        const docs = changes.filter((c) => c.doc && !c.deleted && !c.id.startsWith('_')).map((c) => c.doc as T);
        await queueAll(await eventsOf(docs), checkpoint.notifyFrom);
        await saveCheckpoint(db, { ...checkpoint, seq: lastSeq });
      },
    });
  };

  const requests = await follow<StoredRequest>(store.requests, store.names.requests, async (docs) => docs.flatMap((d) => [...requestEvents(d), ...invoiceEvents(d)]));
  const messages = await follow<StoredMessage>(store.messages, store.names.messages, async (docs) => {
    const clerkMessages = docs.filter((d) => d.type === 'message' && d.from === 'clerk');
    if (!clerkMessages.length) return [];
    const fetched = await store.requests.fetch({ keys: [...new Set(clerkMessages.map((m) => m.requestId))] });
    const references = new Map<string, string | undefined>();
    for (const row of fetched.rows) if ('doc' in row && row.doc) references.set(row.id, (row.doc as StoredRequest).reference);
    return clerkMessages.flatMap((m) => messageEvents(m, references.get(m.requestId)));
  });
  return {
    async stop() {
      await Promise.all([requests.stop(), messages.stop()]);
    },
  };
}
