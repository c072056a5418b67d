import { listServices } from '../../domain/catalogue';
import { REQUEST_STATUSES, type RequestStatus } from '../../domain/lifecycle/request-status';
import { HttpError } from '../http/api-error';
import type { Store } from '../store';

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
  // Hook for issue 4: a payment-state filter joins here once payments exist; until then the
  // parameter is refused rather than silently ignored.
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const REFERENCE = /^[A-Za-z]{2,6}-\d{4}-\d{1,8}$/;

function one(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** Reads the inbox's query string; anything unknown is a 400 naming the parameter. */
export function parseInboxQuery(department: string, query: Record<string, unknown>, maxPageSize = 100): InboxFilter {
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
  if (one(query.payment)) problems.push({ field: 'payment', code: 'unavailable' });
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
  return { department, status: status as RequestStatus | undefined, serviceId, from, to, q, sort, dir: dir as 'asc' | 'desc', page, pageSize };
}

/** Start of a calendar day in Werne (Europe/Berlin), as the ISO instant stored in `receivedAt`. */
export function berlinDayStart(day: string): string {
  const utcMidnight = new Date(`${day}T00:00:00Z`);
  const berlinHour = Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', hour: '2-digit', hourCycle: 'h23' }).format(utcMidnight),
  );
  return new Date(utcMidnight.getTime() - berlinHour * 3_600_000).toISOString();
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** Case-insensitive without inline flags: JavaScript (embedded store) and Erlang (CouchDB) read it alike. */
export function caseInsensitivePattern(text: string): string {
  return [...text]
    .map((ch) => {
      const lower = ch.toLowerCase();
      const upper = ch.toUpperCase();
      if (lower !== upper) return `[${lower}${upper}]`;
      return /[\\^$.*+?()[\]{}|/-]/.test(ch) ? `\\${ch}` : ch;
    })
    .join('');
}

/** Every text answer field of every service: where free-text search looks. */
function searchableAnswerFields(): string[] {
  const fields = new Set<string>();
  for (const service of listServices()) {
    for (const [id, field] of Object.entries(service.fields)) if (field.type === 'text' || field.type === 'tel') fields.add(id);
  }
  return [...fields];
}

async function citizensNamed(store: Store, pattern: string): Promise<string[]> {
  const res = await store.users.find({ selector: { type: 'user', role: 'citizen', name: { $regex: pattern } }, fields: ['_id'], limit: 500 } as never);
  return res.docs.map((d: { _id: string }) => d._id.slice('user:'.length));
}

/**
 * The Mango query for one inbox view. Each common view (any status, one status, one service,
 * both; newest first) is answered by an index whose fields are exactly the selector's, so the
 * store reads one page and stops; search and odd combinations filter in memory.
 */
export async function buildInboxQuery(store: Store, f: InboxFilter, page: { skip: number; limit: number }) {
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
    fields = ['department', ...(wantsStatus ? ['status'] : []), ...(wantsService ? ['serviceId'] : []), 'receivedAt'];
    index = `by-${fields.map((x) => (x === 'serviceId' ? 'service' : x === 'receivedAt' ? 'received' : x)).join('-')}`;
    if (wantsStatus) selector.status = f.status ?? { $gt: null };
    if (wantsService) selector.serviceId = f.serviceId ?? { $gt: null };
  }
  selector.receivedAt = received;
  if (f.status && !('status' in selector)) selector.status = f.status;
  if (f.serviceId && !('serviceId' in selector)) selector.serviceId = f.serviceId;
  if (f.q && !REFERENCE.test(f.q)) {
    const pattern = caseInsensitivePattern(f.q);
    const owners = await citizensNamed(store, pattern);
    const alternatives = [
      { reference: { $regex: pattern } },
      ...(owners.length ? [{ owner: { $in: owners } }] : []),
      ...searchableAnswerFields().map((field) => ({ [`answers.${field}`]: { $regex: pattern } })),
    ];
    // Each alternative wrapped in its own $and: the embedded store (pouchdb-find) otherwise
    // misreads a $regex directly inside $or ("userValue.every is not a function"); CouchDB
    // reads both forms alike.
    selector.$or = alternatives.map((a) => ({ $and: [a] }));
  }
  return {
    selector,
    sort: fields.map((field) => ({ [field]: f.dir })),
    fields: ['_id', 'reference', 'serviceId', 'status', 'receivedAt', 'updatedAt', 'department', 'owner'],
    skip: page.skip,
    limit: page.limit,
    use_index: `idx-${index}`,
  };
}

export interface InboxRow {
  id: string;
  reference?: string;
  serviceId: string;
  status: RequestStatus;
  receivedAt?: string;
  updatedAt: string;
  department: string;
  owner: string;
}

/** One page of the inbox, and whether another follows. */
export async function queryInbox(store: Store, f: InboxFilter): Promise<{ rows: InboxRow[]; hasNext: boolean }> {
  const query = await buildInboxQuery(store, f, { skip: (f.page - 1) * f.pageSize, limit: f.pageSize + 1 });
  const res = await store.requests.find(query as never);
  const rows = res.docs.map(({ _id, ...rest }: { _id: string }) => ({ id: _id, ...rest }) as InboxRow);
  return { rows: rows.slice(0, f.pageSize), hasNext: rows.length > f.pageSize };
}

/** How many of the department's requests are in each status (the `_count` view, no scan). */
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
