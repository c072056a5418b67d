import type { RequestStatus } from '../../domain/lifecycle/request-status';
import type { Store } from '../store';
import { readAssignments } from './casework';
import { buildInboxQuery, type InboxFilter, type InboxRow } from './inbox-query';
import { pageOfSummaries, summariesOf } from './inbox-summaries';

/** A clerk's own cases are few; beyond this many the filter would ask to be narrowed. */
const MINE_MAX = 5000;
const OPEN: RequestStatus[] = ['received', 'in_progress', 'needs_info'];

/**
 * "Assigned to me": the clerk's assignments from the internal view (request ids in the rows),
 * then those cases' summaries, filtered, sorted and paged; only the page is read in full. The
 * assignments themselves are read once, before paging: on a cluster a view may lag a
 * reassignment, and a case handed to a colleague must neither show here nor count in the total.
 * They are handed on, so the page's "assigned to" column needs no second read.
 */
export async function queryMine(store: Store, f: InboxFilter) {
  const res = await store.internal.view('inbox-internal', 'by-assignee', { key: f.assigneeId, limit: MINE_MAX });
  const current = await readAssignments(store, res.rows.map((row) => row.value as string));
  const mine = [...current.values()].filter((a) => a.assigneeId === f.assigneeId).map((a) => a.requestId);
  return { ...(await pageOfSummaries(store, f, await summariesOf(store, mine))), assignments: current };
}

/**
 * "Unassigned": open cases (or the chosen status) nobody took, newest first. Each status is read
 * newest first by its index in growing batches, merged, and the assigned ones dropped, until the
 * page is full or every status is read to its end (then the total is known).
 */
export async function queryUnassigned(store: Store, f: InboxFilter): Promise<{ rows: InboxRow[]; hasNext: boolean; total?: number }> {
  const statuses = f.status ? [f.status] : OPEN;
  const need = f.page * f.pageSize + 1;
  for (let limit = Math.max(need * 2, 100); ; limit *= 4) {
    const batches = await Promise.all(
      statuses.map((status) => store.requests.find(buildInboxQuery({ ...f, status, sort: 'receivedAt', q: undefined }, { skip: 0, limit }) as never)),
    );
    const exhausted = batches.every((b) => b.docs.length < limit);
    const docs = batches.flatMap((b) => b.docs as (InboxRow & { _id: string })[]);
    const assigned = await readAssignments(store, docs.map((d) => d._id));
    const rows = docs
      .filter((d) => !assigned.has(d._id))
      .map(({ _id, ...rest }) => ({ ...rest, id: _id }) as InboxRow)
      .sort((a, b) => (a.receivedAt ?? '').localeCompare(b.receivedAt ?? '') * (f.dir === 'asc' ? 1 : -1));
    if (rows.length >= need || exhausted) {
      const start = (f.page - 1) * f.pageSize;
      return { rows: rows.slice(start, start + f.pageSize), hasNext: rows.length > start + f.pageSize, ...(exhausted ? { total: rows.length } : {}) };
    }
  }
}
