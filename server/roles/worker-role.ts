import { offerToArchive, startRetentionJob } from '../archive';
import { startConflictResolver, type ConflictResolver } from '../conflicts';
import { startDecisionChainer } from '../audit';
import { startClaimFollower } from '../fundsachen';
import type { Logger } from '../logger';
import { startRoutingWorker } from '../routing';
import type { Store } from '../store';
import { keepLease, type LeaseKeeper, type LeaseOptions } from './worker-lease';

type Stoppable = { stop(): void | Promise<void> };

export interface WorkerRole {
  lease: LeaseKeeper;
  /** Whether the background work runs in this process now. */
  active(): boolean;
  /** The resolver of the current term, while active. */
  resolver(): ConflictResolver | undefined;
  stop(): Promise<void>;
}

export interface WorkerRoleOptions extends LeaseOptions {
  /**
   * Run without the lease (tests only): two workers at once, as happens for a while when a
   * lease lapses under a network partition. Decisions must stay right even then.
   */
  ignoreLease?: boolean;
  /** Extra loops of this process to run only while it is the worker (payments reconciliation, the mail sender). */
  extra?: () => Stoppable | undefined | Promise<Stoppable | undefined>;
  /** A city archive is connected: cases past retention are offered to it instead of deleted. */
  archive?: boolean;
}

/**
 * The worker role: everything whose decisions must be unique — routing and numbering, the
 * conflict resolver, the Fundbüro's claim follower, the audit entries of decisions, retention, reconciliation — runs only while
 * this process holds the worker lease; a second worker waits and takes over when it lapses.
 */
export async function startWorkerRole(store: Store, logger: Logger | undefined, options: WorkerRoleOptions = {}): Promise<WorkerRole> {
  let running: Stoppable[] = [];
  let resolver: ConflictResolver | undefined;
  const start = async () => {
    resolver = await startConflictResolver(store, logger);
    const loops: (Stoppable | undefined)[] = [
      resolver,
      await startRoutingWorker(store, logger),
      await startClaimFollower(store, logger),
      await startDecisionChainer(store, logger),
      logger ? startRetentionJob(store, logger, options.archive ? (due) => offerToArchive(store, due, new Date(), logger) : undefined) : undefined,
      await options.extra?.(),
    ];
    running = loops.filter((l): l is Stoppable => !!l);
  };
  const stop = async () => {
    const loops = running;
    running = [];
    resolver = undefined;
    await Promise.all(loops.map((l) => l.stop()));
  };
  if (options.ignoreLease) {
    await start();
    const lease: LeaseKeeper = { holder: 'unleased', held: () => true, stop: async () => undefined };
    return { lease, active: () => true, resolver: () => resolver, stop };
  }
  const lease = await keepLease(store, { onGain: start, onLoss: stop }, { ...options, logger });
  return { lease, active: () => lease.held(), resolver: () => resolver, stop: () => lease.stop() };
}
