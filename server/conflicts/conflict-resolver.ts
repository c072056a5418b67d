import type { DocumentScope } from 'nano';
import { capacityOf } from '../../domain/slots';
import { loadPool } from '../capacity/capacity-store';
import type { Logger } from '../logger';
import { DATABASE_KINDS, followChanges, getOrNull, isConflict, type Change, type DatabaseKind, type Store } from '../store';
import { mergeLeaves, type Leaf } from './merge-by-kind';
import { settleDisagreements, settleReference } from './settle-references';
import { settleSlotHolders } from './settle-slots';
import { sendBackOverflow } from './slot-overflow';

const checkpointId = (kind: DatabaseKind) => `_local/conflict-resolver-${kind}`;

export interface ResolverStats {
  /** Documents found with conflicting leaves and merged. */
  resolved: number;
  /** Losing leaves deleted. */
  leavesRemoved: number;
}

/**
 * Merges one document's conflicting leaves and deletes the losers: the merged body goes onto the
 * current winner, then each losing leaf gets a deletion. A write refused because the document
 * moved on meanwhile is no loss: that move is a new change, which brings the document back here.
 * Returns the number of leaves removed (0 when nothing was done).
 *
 * One request per revision, never several of one document in one `_bulk_docs`: PouchDB's
 * LevelDB adapter (pouchdb-node 9) merges a refused revision into the cached revision tree in
 * place (`mergeTree` mutates it), and the next revision of the same document in that request
 * then stores the tree with a leaf that has no body. Every `_changes` reaching that document
 * afterwards crashes the embedded store (`processChange … reading '_rev'`), again after each
 * restart — what the multi-master rig ran into whenever both resolvers merged the same document.
 */
export async function resolveDocument(store: Store, kind: DatabaseKind, id: string): Promise<number> {
  const db = store[kind];
  const winner = (await db.get(id, { conflicts: true }).catch((err: unknown) => {
    if ((err as { statusCode?: number }).statusCode === 404) return null;
    throw err;
  })) as (Leaf & { _conflicts?: string[] }) | null;
  const losingRevs = winner?._conflicts ?? [];
  if (!winner || !losingRevs.length) return 0;
  const { _conflicts: _c, ...winnerBody } = winner;
  const losers = (await Promise.all(losingRevs.map((rev) => db.get(id, { rev }).catch(() => null)))) as (Leaf | null)[];
  const leaves = [winnerBody as Leaf, ...losers.filter((l): l is Leaf => !!l)];
  const outcome = mergeLeaves(leaves, winner.type === 'slot' ? await administeredCapacity(store, id) : undefined);
  if (!(await writeRevision(db, { ...outcome.merged, _id: id, _rev: winner._rev }))) return 0;
  let removed = 0;
  for (const rev of losingRevs) if (await writeRevision(db, { _id: id, _rev: rev, _deleted: true })) removed++;
  if (outcome.overflow) await sendBackOverflow(store, outcome.overflow.slotId, outcome.overflow.requestIds);
  const recheck = new Set(outcome.recheckReferences ?? []);
  if (kind === 'requests' && leaves.some((l) => l.reference)) recheck.add(id);
  for (const requestId of recheck) await settleReference(store, requestId);
  return removed;
}

/** The capacity of a slot document's slot as the administrator set it now (server/capacity), not the catalogue's default. */
async function administeredCapacity(store: Store, slotId: string): Promise<number | undefined> {
  const [, poolId, district] = slotId.split(':');
  const pool = await loadPool(store, poolId);
  return pool ? capacityOf(pool, district === 'all' ? undefined : district) : undefined;
}

/** One revision written on its own; false when the store refused it as a conflict. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function writeRevision(db: DocumentScope<any>, doc: Leaf | { _id: string; _rev: string; _deleted: true }): Promise<boolean> {
  try {
    await db.insert(doc);
    return true;
  } catch (err) {
    if (isConflict(err)) return false;
    throw new Error(`resolving ${doc._id} refused: ${(err as Error).message}`);
  }
}

export interface ConflictResolver {
  stats: ResolverStats;
  stop(): Promise<void>;
}

/**
 * Follows `_changes?conflicts=true` of every database and resolves each document that shows
 * `_conflicts` (DESIGN.md: conflicts are data). Runs in the worker role only, one checkpoint per
 * database in a `_local` document, moved on only after a batch is resolved.
 */
export async function startConflictResolver(store: Store, logger?: Logger, kinds: readonly DatabaseKind[] = DATABASE_KINDS): Promise<ConflictResolver> {
  const stats: ResolverStats = { resolved: 0, leavesRemoved: 0 };
  const followers = await Promise.all(
    kinds.map(async (kind) => {
      const db = store[kind];
      const saved = await getOrNull<{ seq: string | number }>(db, checkpointId(kind));
      return followChanges<Leaf & { _conflicts?: string[] }>(store, {
        db: store.names[kind],
        since: saved?.seq ?? 0,
        includeDocs: true,
        conflicts: true,
        logger,
        onBatch: async (changes: Change<Leaf & { _conflicts?: string[] }>[], lastSeq) => {
          for (const c of changes) {
            if (!c.doc?._conflicts?.length) continue;
            const removed = await resolveDocument(store, kind, c.id);
            if (removed) {
              stats.resolved++;
              stats.leavesRemoved += removed;
            }
          }
          if (kind === 'requests' || kind === 'counters') {
            const settled = changes.map((c) => c.doc).filter((d): d is Leaf & { _conflicts?: string[] } => !!d && !d._conflicts?.length);
            await settleDisagreements(store, kind, settled);
            await settleSlotHolders(store, kind, settled);
          }
          const current = await getOrNull<{ seq: string | number }>(db, checkpointId(kind));
          await db.insert({ _id: checkpointId(kind), ...(current ? { _rev: current._rev } : {}), seq: lastSeq } as never).catch((err: unknown) => {
            if (!isConflict(err)) throw err;
          });
          if (stats.resolved) logger?.debug({ kind, ...stats }, 'conflicts resolved');
        },
      });
    }),
  );
  return {
    stats,
    async stop() {
      await Promise.all(followers.map((f) => f.stop()));
    },
  };
}
