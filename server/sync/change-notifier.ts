import { followChanges, type Store } from '../store';
import type { Logger } from '../logger';
import { liveStreams } from '../observability';
import type { StoredRequest } from '../requests';
import type { StoredMessage } from '../messages/stored-message';

type OwnedDoc = Pick<StoredRequest | StoredMessage, 'owner'> & { department?: string };

type Listener = () => void;

/** Synced kinds of document whose changes wake devices: each carries `owner` and `department`. */
const FOLLOWED = ['requests', 'messages'] as const;

/**
 * One upstream `_changes` feed per synced database and server process, fanned out to every
 * connected device of the owner concerned (and to the clerks of the department), instead of one
 * upstream request per device — the CHT-core model.
 */
export class ChangeNotifier {
  private readonly listeners = new Map<string, Set<Listener>>();
  private feeds: { stop: () => Promise<void> }[] = [];

  async start(store: Store, logger?: Logger): Promise<void> {
    for (const kind of FOLLOWED) {
      const info = await store[kind].info();
      this.feeds.push(
        followChanges<OwnedDoc>(store, {
          db: store.names[kind],
          since: info.update_seq,
          includeDocs: true,
          logger,
          onBatch: async (changes) => {
            const keys = new Set<string>();
            for (const change of changes) {
              if (change.doc?.owner) keys.add(`user:${change.doc.owner}`);
              if (change.doc?.department) keys.add(`department:${change.doc.department}`);
            }
            for (const key of keys) this.notify(key);
          },
        }),
      );
    }
  }

  async stop(): Promise<void> {
    await Promise.all(this.feeds.map((f) => f.stop()));
    this.feeds = [];
  }

  subscribe(key: string, listener: Listener): () => void {
    let set = this.listeners.get(key);
    if (!set) this.listeners.set(key, (set = new Set()));
    set.add(listener);
    liveStreams.inc();
    return () => {
      if (set!.delete(listener)) liveStreams.dec();
      if (set!.size === 0) this.listeners.delete(key);
    };
  }

  get connectionCount(): number {
    let n = 0;
    for (const set of this.listeners.values()) n += set.size;
    return n;
  }

  /** Wakes the listeners of one key. */
  notify(key: string): void {
    for (const listener of this.listeners.get(key) ?? []) listener();
  }
}
