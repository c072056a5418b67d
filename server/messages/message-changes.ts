import type { Logger } from '../logger';
import { followChanges, type Store } from '../store';
import type { ChangeNotifier } from '../sync';
import type { StoredMessage } from './stored-message';

/**
 * Follows the `messages` database once per process and wakes the devices of the owners
 * concerned through the same fan-out as requests: a new message makes the device pull.
 */
export class MessageChangeFollower {
  private feed?: { stop: () => Promise<void> };

  async start(store: Store, notifier: ChangeNotifier, logger?: Logger): Promise<void> {
    const info = await store.messages.info();
    this.feed = followChanges<StoredMessage>(store, {
      db: store.names.messages,
      since: info.update_seq,
      includeDocs: true,
      logger,
      onBatch: async (changes) => {
        const keys = new Set<string>();
        for (const change of changes) {
          if (change.doc?.owner) keys.add(`user:${change.doc.owner}`);
          if (change.doc?.department) keys.add(`department:${change.doc.department}`);
        }
        for (const key of keys) notifier.notify(key);
      },
    });
  }

  async stop(): Promise<void> {
    await this.feed?.stop();
  }
}
