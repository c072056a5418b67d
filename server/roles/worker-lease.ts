import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger';
import { getOrNull, isConflict, isNotFound, type Store } from '../store';

export const LEASE_ID = 'lease:worker';

export interface LeaseDoc {
  _id: string;
  _rev?: string;
  type: 'lease';
  holder: string;
  /** ISO time after which another worker may take over. */
  expiresAt: string;
}

export interface LeaseOptions {
  /** How long a lease holds without renewal. */
  ttlMs?: number;
  /** Renewal interval; a third of the TTL, so two missed renewals still keep it. */
  renewMs?: number;
  holder?: string;
  now?: () => number;
}

/**
 * One try at holding the worker lease: take it when it is free or lapsed, renew it when it is
 * ours. A write answered ok is not yet a win (on a cluster two takers can both be accepted), so
 * the lease is read back: only the revision the store shows as winner counts, and a worker that
 * finds the other holder there gives up at its next renewal.
 */
export async function tryHoldLease(store: Store, holder: string, ttlMs: number, now = Date.now): Promise<boolean> {
  const current = await getOrNull<LeaseDoc>(store.internal, LEASE_ID);
  if (current && current.holder !== holder && Date.parse(current.expiresAt) > now()) return false;
  const next: LeaseDoc = { _id: LEASE_ID, ...(current ? { _rev: current._rev } : {}), type: 'lease', holder, expiresAt: new Date(now() + ttlMs).toISOString() };
  try {
    await store.internal.insert(next);
  } catch (err) {
    if (isConflict(err)) return false;
    throw err;
  }
  const winner = await getOrNull<LeaseDoc>(store.internal, LEASE_ID);
  return winner?.holder === holder;
}

/** Gives the lease up at shutdown, so the next worker need not wait for it to lapse. */
export async function releaseLease(store: Store, holder: string): Promise<void> {
  const current = await getOrNull<LeaseDoc>(store.internal, LEASE_ID);
  if (current?.holder !== holder) return;
  await store.internal.destroy(LEASE_ID, current._rev!).catch((err: unknown) => {
    if (!isConflict(err) && !isNotFound(err)) throw err;
  });
}

export interface LeaseKeeper {
  holder: string;
  /** Whether this process holds the lease as of its last renewal. */
  held(): boolean;
  stop(): Promise<void>;
}

/**
 * Keeps trying for the lease and renews it while held. `onGain` starts the work, `onLoss` stops
 * it; both run one at a time. The first try is awaited, so a lone process starts working at once.
 */
export async function keepLease(
  store: Store,
  hooks: { onGain: () => Promise<void>; onLoss: () => Promise<void> },
  options: LeaseOptions & { logger?: Logger } = {},
): Promise<LeaseKeeper> {
  const holder = options.holder ?? randomUUID();
  const ttlMs = options.ttlMs ?? 30_000;
  const renewMs = options.renewMs ?? Math.max(100, Math.floor(ttlMs / 3));
  let held = false;
  let stopped = false;
  let busy: Promise<void> = Promise.resolve();
  const tick = () =>
    (busy = busy.then(async () => {
      if (stopped) return;
      let holds = false;
      try {
        holds = await tryHoldLease(store, holder, ttlMs, options.now);
      } catch (err) {
        // The store is away: keep working until the lease would lapse, then stand down.
        options.logger?.warn({ err: (err as Error).message }, 'worker lease: store unreachable');
        holds = held;
      }
      if (holds && !held) {
        held = true;
        options.logger?.info({ holder }, 'worker lease taken: background work starts');
        await hooks.onGain();
      } else if (!holds && held) {
        held = false;
        options.logger?.warn({ holder }, 'worker lease lost: background work stops');
        await hooks.onLoss();
      }
    }));
  await tick();
  const timer = setInterval(() => void tick(), renewMs);
  timer.unref();
  return {
    holder,
    held: () => held,
    async stop() {
      clearInterval(timer);
      await busy;
      stopped = true;
      if (held) {
        held = false;
        await hooks.onLoss();
        await releaseLease(store, holder).catch(() => undefined);
      }
    },
  };
}
