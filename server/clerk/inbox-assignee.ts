import type { RequestStatus } from '../../domain/lifecycle/request-status';
import type { Store } from '../store';
import { copyToRequest, readAssignments, type Assignment } from './casework';
import { berlinDayStart, buildInboxQuery, nextDay, type InboxFilter, type InboxRow } from './inbox-query';
import { pageOfSummaries, readRows, summariesOf } from './inbox-summaries';

/** A clerk's own cases are few; beyond this many the filter would ask to be narrowed. */
const MINE_MAX = 5000;
/** The plain reading of "unassigned" reads every case of the statuses asked for; beyond this many it stops. */
const UNASSIGNED_MAX = 20_000;
const OPEN: RequestStatus[] = ['received', 'in_progress', 'needs_info'];

type Page = { rows: InboxRow[]; hasNext: boolean; total?: number; assignments?: Map<string, Assignment> };

/** The key range of the views inbox-assignee (store/inbox-assignee-design.ts) that answers `f`, or null where none does. */
export function assigneeRange(f: InboxFilter): { view: string; startkey: unknown[]; endkey: unknown[] } | null {
  if (f.serviceId || f.payment || f.sort === 'serviceId') return null;
  if ((f.from || f.to) && f.sort !== 'receivedAt' && !(f.sort === 'status' && f.status)) return null;
  if (f.assignee === 'me' && !f.assigneeId) return null;
  // The clerk's id; an unassigned case is `null` while open and `false` after.
  const who = f.assignee === 'me' ? f.assigneeId! : f.status && !OPEN.includes(f.status) ? false : null;
  const byReference = f.sort === 'reference';
  const view = `${f.status || f.sort === 'status' ? 'status-' : ''}${byReference ? 'reference' : 'received'}`;
  const prefix = [f.department, who, ...(f.status ? [f.status] : [])];
  if (byReference || (!f.from && !f.to)) return { view, startkey: prefix, endkey: [...prefix, {}] };
  // Received within the days asked for: the last key is the instant; the end is exclusive, so the
  // last millisecond before it (receivedAt is always an ISO instant with milliseconds).
  const end = f.to ? new Date(Date.parse(berlinDayStart(nextDay(f.to))) - 1).toISOString() : {};
  return { view, startkey: [...prefix, f.from ? berlinDayStart(f.from) : null], endkey: [...prefix, end] };
}

/**
 * "Assigned to me" and "unassigned": the page is one key range of a view whose keys carry the
 * filter and the sort, read with skip/limit, and the total is the range's `_count`; so a page
 * costs its own rows whatever the number of cases. The page's cases are then checked against
 * their documents and their assignments (the record, in `internal`): on a cluster a view may lag
 * a reassignment, and a case handed to a colleague must neither show nor count. If any row
 * disagrees, its copy is mended and the page is computed the plain way (every match read). Odd
 * combinations (a service, a payment state, sorted by service) take that way as well.
 */
export async function queryAssignee(store: Store, f: InboxFilter): Promise<Page> {
  const range = assigneeRange(f);
  if (!range) return plainAssignee(store, f);
  const query = { startkey: range.startkey, endkey: range.endkey };
  const descending = f.dir === 'desc';
  const [page, count] = await Promise.all([
    store.requests.view('inbox-assignee', range.view, {
      ...(descending ? { startkey: query.endkey, endkey: query.startkey, descending: true } : query),
      reduce: false,
      skip: (f.page - 1) * f.pageSize,
      limit: f.pageSize + 1,
    }),
    store.requests.view('inbox-assignee', range.view, { ...query, reduce: true }),
  ]);
  const ids = page.rows.slice(0, f.pageSize).map((r) => r.id);
  const [rows, assignments] = await Promise.all([readRows(store, f.department, ids), readAssignments(store, ids)]);
  const from = f.from ? berlinDayStart(f.from) : '';
  const to = f.to ? berlinDayStart(nextDay(f.to)) : '\uffff';
  const fits = (row: InboxRow) =>
    (f.status ? row.status === f.status : f.assignee === 'me' || OPEN.includes(row.status)) &&
    row.receivedAt! >= from &&
    row.receivedAt! < to &&
    (f.assignee === 'me' ? assignments.get(row.id)?.assigneeId === f.assigneeId : !assignments.has(row.id));
  const wrong = ids.filter((id) => !rows.some((r) => r.id === id && fits(r)));
  if (wrong.length === 0) {
    const total = (count.rows[0]?.value as number | undefined) ?? 0;
    return { rows, hasNext: page.rows.length > f.pageSize, total, assignments };
  }
  // The view named a case its document or its assignment contradicts (a view lagging a write, or
  // a copy a crash left behind): the copy is mended from the record, and this answer read plainly.
  // (Only a case still in this department: one forwarded meanwhile has its copy cleared by the forward.)
  await Promise.all(wrong.filter((id) => rows.some((r) => r.id === id)).map((id) => copyToRequest(store, id, assignments.get(id)?.assigneeId ?? null)));
  return plainAssignee(store, f);
}

/** The plain reading: every match from the assignments (mine) or the department's cases (unassigned), filtered, sorted and paged in memory. */
function plainAssignee(store: Store, f: InboxFilter): Promise<Page> {
  return f.assignee === 'me' ? queryMine(store, f) : queryUnassigned(store, f);
}

/**
 * "Assigned to me", read plainly: the clerk's assignments from the internal view (request ids in
 * the rows), then those cases' summaries, filtered, sorted and paged. The assignments themselves
 * are read once, before paging: a case handed to a colleague must neither show here nor count
 * in the total. They are handed on, so the page's "assigned to" column needs no second read.
 */
export async function queryMine(store: Store, f: InboxFilter): Promise<Page> {
  const res = await store.internal.view('inbox-internal', 'by-assignee', { key: f.assigneeId, limit: MINE_MAX });
  const current = await readAssignments(store, res.rows.map((row) => row.value as string));
  const mine = [...current.values()].filter((a) => a.assigneeId === f.assigneeId).map((a) => a.requestId);
  return { ...(await pageOfSummaries(store, f, await summariesOf(store, mine))), assignments: current };
}

/**
 * "Unassigned", read plainly: open cases (or the chosen status) of the department, each status
 * by its index, those with an assignment dropped, then filtered, sorted and paged like "mine".
 */
export async function queryUnassigned(store: Store, f: InboxFilter): Promise<Page> {
  const statuses = f.status ? [f.status] : OPEN;
  const batches = await Promise.all(
    statuses.map((status) => store.requests.find(buildInboxQuery({ ...f, status, sort: 'receivedAt', q: undefined }, { skip: 0, limit: UNASSIGNED_MAX }) as never)),
  );
  const docs = batches.flatMap((b) => b.docs as (InboxRow & { _id: string })[]);
  const assigned = await readAssignments(store, docs.map((d) => d._id));
  const summaries = docs
    .filter((d) => !assigned.has(d._id))
    .map((d) => ({ id: d._id, receivedAt: d.receivedAt!, status: d.status, serviceId: d.serviceId, paymentState: d.payment?.state ?? null, reference: d.reference ?? null, department: d.department }));
  return pageOfSummaries(store, f, summaries);
}
