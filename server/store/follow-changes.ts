import type { Logger } from '../logger';
import { storeErrors } from '../observability/metrics';
import type { Store } from './store-connection';

export interface Change<T = any> {
  id: string;
  seq: string | number;
  doc?: T;
  deleted?: boolean;
}

export interface FollowOptions<T> {
  db: string;
  since: string | number;
  includeDocs?: boolean;
  /** Handles one batch; the feed goes on from `lastSeq` only after it resolves. */
  onBatch: (changes: Change<T>[], lastSeq: string | number) => Promise<void>;
  logger?: Logger;
  batchSize?: number;
  /** Ask for each document's `_conflicts` too (the conflict resolver). */
  conflicts?: boolean;
}

/**
 * Follows a database's `_changes` with longpoll until stopped. Longpoll (not continuous) because
 * both Apache CouchDB and the embedded store do it alike (the embedded store's guard adds the
 * `timeout` express-pouchdb lacks). As a safety net the request is also given up from this side;
 * nano does not always settle an aborted request, so giving up never waits for it.
 */
export function followChanges<T>(store: Store, options: FollowOptions<T>): { stop: () => Promise<void> } {
  let stopped = false;
  let controller = new AbortController();
  let since = options.since;
  let wakeUp = () => {};
  const loop = (async () => {
    let failures = 0;
    while (!stopped) {
      controller = new AbortController();
      const signal = controller.signal;
      const timer = setTimeout(() => controller.abort(), 60_000);
      const givenUp = new Promise<never>((_, reject) =>
        signal.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' })), { once: true }),
      );
      try {
        const request = store.server.request({
          db: options.db,
          path: '_changes',
          qs: {
            feed: 'longpoll',
            since,
            timeout: 25_000,
            include_docs: options.includeDocs ?? false,
            limit: options.batchSize ?? 200,
            ...(options.conflicts ? { conflicts: true } : {}),
          },
          signal,
        } as never);
        request.catch(() => undefined);
        const res = await Promise.race([request, givenUp]);
        clearTimeout(timer);
        failures = 0;
        const results = (res.results ?? []) as Change<T>[];
        if (results.length) await options.onBatch(results, res.last_seq);
        since = res.last_seq ?? since;
      } catch (err) {
        clearTimeout(timer);
        if (stopped) break;
        const aborted = (err as Error).name === 'AbortError' || (err as { code?: string }).code === 'ABORT_ERR';
        if (!aborted) {
          failures++;
          storeErrors.inc({ source: 'changes' });
          options.logger?.warn({ err: (err as Error).message, db: options.db }, 'changes feed failed; retrying');
          // Short enough that a restarted store is found again within seconds; cut short by stop.
          await new Promise<void>((r) => {
            const wait = setTimeout(r, Math.min(5_000, 250 * 2 ** Math.min(failures, 5)));
            wakeUp = () => (clearTimeout(wait), r());
          });
        }
      }
    }
  })();
  return {
    stop: async () => {
      stopped = true;
      controller.abort();
      wakeUp();
      await loop.catch(() => undefined);
    },
  };
}
