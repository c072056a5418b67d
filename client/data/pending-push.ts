/**
 * Which local writes have not reached the server yet — for the header's sync state and the
 * logout warning ("Sie haben N Anträge, die noch nicht gesendet wurden").
 *
 * RxDB knows this only inside its replication internals, so we keep our own record:
 * request id → `updatedAt` of the newest local write of it. Pure functions here; persisted in an
 * RxDB local document (pending-push-store.ts) so it survives reloads.
 *
 * Why compare `updatedAt`: a push carries a snapshot; if the citizen typed again meanwhile, the
 * newer write must stay pending. `nextUpdatedAt` makes local timestamps strictly increasing.
 */
export type PendingEntries = Readonly<Record<string, string>>;

export interface PushedState {
  id: string;
  updatedAt: string;
  /**
   * Only for conflicts: the device's resolution is exactly the server's state, so RxDB sends
   * nothing again (it pushes only what differs from the master) — nothing of this write is left.
   */
  settled?: boolean;
}

/** A local write happened: the request is pending until a push at least this new succeeds. */
export function trackWrite(entries: PendingEntries, id: string, updatedAt: string): PendingEntries {
  const known = entries[id];
  if (known !== undefined && known >= updatedAt) return entries;
  return { ...entries, [id]: updatedAt };
}

/** A local write failed after it was tracked: forget it, unless a newer write came meanwhile. */
export function untrackWrite(entries: PendingEntries, id: string, updatedAt: string): PendingEntries {
  if (entries[id] !== updatedAt) return entries;
  const { [id]: _dropped, ...rest } = entries;
  return rest;
}

/**
 * The push handler got an answer for `pushed`. Accepted rows clear their entry when no newer
 * write is waiting. A conflicting row whose resolution is the server's own state is settled:
 * RxDB will not push again, so waiting for a re-push would leave the entry for ever (issue 15:
 * "1 Antrag nicht gesendet" for a request the clerk had already completed). Any other conflict
 * stays pending: RxDB pushes the resolution, whose `updatedAt` is at least the older of ours and
 * the server's, so we lower the entry to that, letting the re-push clear it. Both only when
 * nothing newer was typed meanwhile, which must keep its own, later entry.
 */
export function applyPushResult(
  entries: PendingEntries,
  pushed: readonly PushedState[],
  conflicts: readonly PushedState[],
): PendingEntries {
  const next: Record<string, string> = { ...entries };
  const conflictById = new Map(conflicts.map((c) => [c.id, c]));
  for (const row of pushed) {
    const known = next[row.id];
    if (known === undefined) continue;
    const conflict = conflictById.get(row.id);
    if (conflict) {
      if (known > row.updatedAt) continue;
      if (conflict.settled) delete next[row.id];
      else if (conflict.updatedAt < known) next[row.id] = conflict.updatedAt;
    } else if (known <= row.updatedAt) {
      delete next[row.id];
    }
  }
  return next;
}

export function pendingIds(entries: PendingEntries): string[] {
  return Object.keys(entries);
}

export function samePending(a: PendingEntries, b: PendingEntries): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}
