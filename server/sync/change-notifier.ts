import { followChanges, type Store } from '../store';
import type { Logger } from '../logger';
import type { StoredRequest } from '../requests';

type Listener = () => void;

/**
 * One upstream `_changes` feed per server process, fanned out to every connected device of the
 * owner concerned (and to the clerks of the department), instead of one upstream request per
 * device — the CHT-core model.
 */
export class ChangeNotifier {
  private readonly listeners = new Map<string, Set<Listener>>();
  private feed?: { stop: () => Promise<void> };

  async start(store: Store, logger?: Logger): Promise<void> {
    const info = await store.requests.info();
    this.feed = followChanges<StoredRequest>(store, {
      db: store.names.requests,
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
    });
  }

  async stop(): Promise<void> {
    await this.feed?.stop();
  }

  subscribe(key: string, listener: Listener): () => void {
    let set = this.listeners.get(key);
    if (!set) this.listeners.set(key, (set = new Set()));
    set.add(listener);
    return () => {
      set!.delete(listener);
      if (set!.size === 0) this.listeners.delete(key);
    };
  }

  get connectionCount(): number {
    let n = 0;
    for (const set of this.listeners.values()) n += set.size;
    return n;
  }

  /** Wakes the listeners of one key; other feeds (e.g. messages) call it too. */
  notify(key: string): void {
    for (const listener of this.listeners.get(key) ?? []) listener();
  }
}
