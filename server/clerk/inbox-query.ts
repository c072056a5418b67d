import { listServices } from '../../domain/catalogue';
import { REQUEST_STATUSES, type RequestStatus } from '../../domain/lifecycle/request-status';
import { PAYMENT_STATES, type PaymentState } from '../../domain/payments/payment-summary';
import type { CaseSummary } from '../../domain/api';
import { HttpError } from '../http/api-error';
import type { Store } from '../store';
import type { Assignment } from './casework';
import { queryAssignee } from './inbox-assignee';
import { dueFollowUpIds } from './follow-ups';
import { pageOfSummaries, summariesOf } from './inbox-summaries';
import { searchByWords } from './inbox-word-search';

export const INBOX_SORTS = ['receivedAt', 'reference', 'status', 'serviceId'] as const;
export type InboxSort = (typeof INBOX_SORTS)[number];

export interface InboxFilter {
  department: string;
  status?: RequestStatus;
  serviceId?: string;
  /** Calendar days (YYYY-MM-DD), inclusive, in the city's time zone as the clerk types them. */
  from?: string;
  to?: string;
  q?: string;
  sort: InboxSort;
  dir: 'asc' | 'desc';
  page: number;
  pageSize: number;
  /** The fee's payment state (`payment.state`); requests without a fee have none and never match. */
  payment?: PaymentState;
  /** `me`: cases assigned to the caller (`assigneeId`); `none`: open cases nobody took (inbox-assignee.ts). */
  assignee?: 'me' | 'none';
  assigneeId?: string;
  /** `due`: cases whose follow-up (Wiedervorlage) is today or past. */
  followUp?: 'due';
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const REFERENCE = /^[A-Za-z]{2,6}-\d{4}-\d{1,8}$/;

function one(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** Reads the inbox's query string; anything unknown is a 400 naming the parameter. */
export function parseInboxQuery(department: string, query: Record<string, unknown>, maxPageSize = 500): InboxFilter {
  const problems: { field: string; code: string }[] = [];
  const status = one(query.status);
  if (status && (!REQUEST_STATUSES.includes(status as never) || status === 'draft')) problems.push({ field: 'status', code: 'invalid' });
  const serviceId = one(query.service);
  if (serviceId && !listServices().some((s) => s.id === serviceId)) problems.push({ field: 'service', code: 'invalid' });
  const from = one(query.from);
  const to = one(query.to);
  for (const [field, value] of [['from', from], ['to', to]] as const) {
    if (value && (!DAY.test(value) || Number.isNaN(Date.parse(value)))) problems.push({ field, code: 'invalid' });
  }
  if (from && to && DAY.test(from) && DAY.test(to) && from > to) problems.push({ field: 'to', code: 'beforeFrom' });
  const payment = one(query.payment);
  if (payment && !PAYMENT_STATES.includes(payment as PaymentState)) problems.push({ field: 'payment', code: 'invalid' });
  const assignee = one(query.assignee);
  if (assignee && assignee !== 'me' && assignee !== 'none') problems.push({ field: 'assignee', code: 'invalidFilter' });
  const followUp = one(query.followUp);
  if (followUp && followUp !== 'due') problems.push({ field: 'followUp', code: 'invalidFilter' });
  const q = one(query.q);
  if (q && q.length > 100) problems.push({ field: 'q', code: 'tooLong' });
  const sort = (one(query.sort) ?? 'receivedAt') as InboxSort;
  if (!INBOX_SORTS.includes(sort)) problems.push({ field: 'sort', code: 'invalid' });
  const dir = one(query.dir) ?? (sort === 'receivedAt' ? 'desc' : 'asc');
  if (dir !== 'asc' && dir !== 'desc') problems.push({ field: 'dir', code: 'invalid' });
  const page = Number(one(query.page) ?? 1);
  const pageSize = Number(one(query.pageSize) ?? 25);
  if (!Number.isInteger(page) || page < 1 || page > 100_000) problems.push({ field: 'page', code: 'invalid' });
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > maxPageSize) problems.push({ field: 'pageSize', code: 'invalid' });
  if (problems.length) throw new HttpError(400, 'invalid_filter', problems);
  return {
    department,
    status: status as RequestStatus | undefined,
    serviceId,
    from,
    to,
    q,
    sort,
    dir: dir as 'asc' | 'desc',
    page,
    pageSize,
    ...(payment ? { payment: payment as PaymentState } : {}),
    ...(assignee ? { assignee: assignee as 'me' | 'none' } : {}),
    ...(followUp ? { followUp: 'due' as const } : {}),
  };
}

/** Start of a calendar day in Werne (Europe/Berlin), as the ISO instant stored in `receivedAt`. */
export function berlinDayStart(day: string): string {
  const utcMidnight = new Date(`${day}T00:00:00Z`);
  const berlinHour = Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', hour: '2-digit', hourCycle: 'h23' }).format(utcMidnight),
  );
  return new Date(utcMidnight.getTime() - berlinHour * 3_600_000).toISOString();
}

export function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * The Mango query for one inbox view. Each common view (any status, one status, one service,
 * both; newest first) is answered by an index whose fields are exactly the selector's, so the
 * store reads one page and stops; odd combinations (a date range with another sort) filter in memory.
 */
export function buildInboxQuery(f: InboxFilter, page: { skip: number; limit: number }) {
  const received: Record<string, string | null> = { $gt: null };
  if (f.from) received.$gte = berlinDayStart(f.from);
  if (f.to) received.$lt = berlinDayStart(nextDay(f.to));
  if (f.from) delete received.$gt;

  const selector: Record<string, unknown> = { department: f.department };
  let fields: string[];
  let index: string;
  if (f.q && REFERENCE.test(f.q)) {
    selector.reference = f.q.toUpperCase();
    fields = ['department', 'reference'];
    index = 'by-department-reference';
  } else if (f.sort === 'reference') {
    selector.reference = { $gt: null };
    fields = ['department', 'reference'];
    index = 'by-department-reference';
  } else {
    const wantsStatus = Boolean(f.status) || f.sort === 'status';
    const wantsService = Boolean(f.serviceId) || (f.sort === 'serviceId' && !f.status) || (f.sort === 'status' && Boolean(f.serviceId));
    // Payment has indexes with and without status; beside a service it is filtered, not indexed.
    const wantsPayment = Boolean(f.payment) && !wantsService;
    fields = ['department', ...(wantsStatus ? ['status'] : []), ...(wantsService ? ['serviceId'] : []), ...(wantsPayment ? ['payment.state'] : []), 'receivedAt'];
    index = `by-${fields.map((x) => (x === 'serviceId' ? 'service' : x === 'receivedAt' ? 'received' : x === 'payment.state' ? 'payment' : x)).join('-')}`;
    if (wantsStatus) selector.status = f.status ?? { $gt: null };
    if (wantsService) selector.serviceId = f.serviceId ?? { $gt: null };
    if (wantsPayment) selector['payment.state'] = f.payment;
  }
  // The store can stop after one page only if no field is left to filter in memory; after a
  // range on an earlier index field (sorting by status, service or reference) a `receivedAt`
  // condition would be exactly that. The index holds only documents that have every one of its
  // fields, so without a date range the condition adds nothing there and is left out.
  const earlierRange = fields.some((field) => field !== 'receivedAt' && typeof selector[field] === 'object');
  if (f.from || f.to || !earlierRange) selector.receivedAt = received;
  if (f.status && !('status' in selector)) selector.status = f.status;
  if (f.serviceId && !('serviceId' in selector)) selector.serviceId = f.serviceId;
  if (f.payment && !('payment.state' in selector)) selector['payment.state'] = f.payment;
  return {
    selector,
    sort: fields.map((field) => ({ [field]: f.dir })),
    fields: ['_id', 'reference', 'serviceId', 'status', 'receivedAt', 'updatedAt', 'department', 'owner', 'payment', 'confirmedSlot'],
    skip: page.skip,
    limit: page.limit,
    use_index: `idx-${index}`,
  };
}

/** A row as read from the store: the inbox line the clerk sees, with the owner still on it (for the name). */
export interface InboxRow extends Omit<CaseSummary, 'citizenName' | 'assigneeName' | 'department'> {
  department: string;
  owner: string;
}

/** One page of the inbox, and whether another follows. */
/**
 * Sorting by status (or service) across all of them: one indexed query per value, in order,
 * newest first within each, concatenated until the page is full. A single Mango query would
 * need a range on the status followed by the date, which the embedded store can only filter in
 * memory over the department's whole history.
 */
async function queryByGroups(store: Store, f: InboxFilter, field: 'status' | 'serviceId', values: string[]) {
  const ordered = [...values].sort((a, b) => a.localeCompare(b) * (f.dir === 'asc' ? 1 : -1));
  let skip = (f.page - 1) * f.pageSize;
  let need = f.pageSize + 1;
  const rows: InboxRow[] = [];
  for (const value of ordered) {
    if (need <= 0) break;
    const group: InboxFilter = { ...f, [field]: value, sort: 'receivedAt', dir: 'desc' };
    const res = await store.requests.find(buildInboxQuery(group, { skip: 0, limit: skip + need }) as never);
    const docs = res.docs as (InboxRow & { _id: string })[];
    if (docs.length <= skip) {
      skip -= docs.length;
      continue;
    }
    for (const { _id, ...rest } of docs.slice(skip)) rows.push({ ...rest, id: _id } as InboxRow);
    need -= docs.length - skip;
    skip = 0;
  }
  return { rows: rows.slice(0, f.pageSize), hasNext: rows.length > f.pageSize };
}

/** One page of the inbox; `assignments`, where the query read them already, are the page's (and maybe more). */
export async function queryInbox(
  store: Store,
  f: InboxFilter,
): Promise<{ rows: InboxRow[]; hasNext: boolean; total?: number; totalMoreThan?: number; assignments?: Map<string, Assignment> }> {
  if (f.followUp === 'due') return pageOfSummaries(store, f, await summariesOf(store, await dueFollowUpIds(store, f.department)));
  if (f.assignee) return queryAssignee(store, f);
  if (f.q && !REFERENCE.test(f.q)) return searchByWords(store, f);
  if (!f.from && !f.to && !f.q) {
    if (f.sort === 'status' && !f.status) return queryByGroups(store, f, 'status', REQUEST_STATUSES.filter((s) => s !== 'draft'));
    if (f.sort === 'serviceId' && !f.serviceId) return queryByGroups(store, f, 'serviceId', listServices().map((s) => s.id));
  }
  const query = buildInboxQuery(f, { skip: (f.page - 1) * f.pageSize, limit: f.pageSize + 1 });
  const res = await store.requests.find(query as never);
  const rows = res.docs.map(({ _id, ...rest }: { _id: string }) => ({ id: _id, ...rest }) as InboxRow);
  return { rows: rows.slice(0, f.pageSize), hasNext: rows.length > f.pageSize };
}

type Counts = Partial<Record<RequestStatus, number>>;
const COUNTS_FRESH_MS = 30_000;
const countsCache = new Map<string, { at: number; value: Promise<Counts>; refreshing: boolean }>();

/**
 * Counts per status, at most about half a minute old. The embedded store reduces a view by
 * reading every row of the range on each query (CouchDB keeps reductions in its b-tree), which
 * on a large department costs seconds (bench:inbox); so a known count is answered at once and
 * refreshed in the background, one refresh at a time per department.
 */
export async function recentCountByStatus(store: Store, department: string): Promise<Counts> {
  const key = `${store.names.requests}/${department}`;
  const cached = countsCache.get(key);
  if (!cached) {
    const entry = { at: Date.now(), value: countByStatus(store, department), refreshing: false };
    countsCache.set(key, entry);
    entry.value.catch(() => countsCache.delete(key));
    return entry.value;
  }
  if (Date.now() - cached.at >= COUNTS_FRESH_MS && !cached.refreshing) {
    cached.refreshing = true;
    countByStatus(store, department).then(
      (counts) => countsCache.set(key, { at: Date.now(), value: Promise.resolve(counts), refreshing: false }),
      () => (cached.refreshing = false),
    );
  }
  return cached.value;
}

/**
 * A status change this process made, applied to the cached counts at once, so the clerk who acted
 * sees the counts right after the action; the background refresh brings in everyone else's.
 */
export function adjustCounts(store: Store, department: string, status: RequestStatus, delta: number): void {
  const cached = countsCache.get(`${store.names.requests}/${department}`);
  if (!cached) return;
  cached.value = cached.value.then((counts) => ({ ...counts, [status]: Math.max(0, (counts[status] ?? 0) + delta) }));
}

/** The number of matches where the counts tell it (no filter, or a status alone); otherwise unknown. */
export function totalFromCounts(f: InboxFilter, counts: Counts): number | null {
  if (f.serviceId || f.from || f.to || f.q || f.payment || f.assignee || f.followUp) return null;
  if (f.status) return counts[f.status] ?? 0;
  return Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0);
}

/** How many of the department's requests are in each status (the `_count` view). */
export async function countByStatus(store: Store, department: string): Promise<Partial<Record<RequestStatus, number>>> {
  const res = await store.requests.view('inbox', 'by-department-status', {
    startkey: [department],
    endkey: [department, {}],
    group_level: 2,
  });
  const counts: Partial<Record<RequestStatus, number>> = {};
  for (const row of res.rows) {
    const status = (row.key as unknown as [string, RequestStatus])[1];
    if (status !== 'draft') counts[status] = row.value as number;
  }
  return counts;
}
