import { searchWords } from '../../domain/search';
import type { RequestStatus } from '../../domain/lifecycle/request-status';
import { HttpError } from '../http/api-error';
import type { Store } from '../store';
import { berlinDayStart, nextDay, type InboxFilter, type InboxRow } from './inbox-query';

/** A case as the inbox-search views give it (setup-databases SUMMARY): enough to filter, sort and count. */
interface Summary {
  id: string;
  receivedAt: string;
  status: RequestStatus;
  serviceId: string;
  paymentState: string | null;
  reference: string | null;
  department: string;
}

type SummaryValue = [string, RequestStatus, string, string | null, string | null, string];
const toSummary = (id: string, v: SummaryValue): Summary => ({
  id,
  receivedAt: v[0],
  status: v[1],
  serviceId: v[2],
  paymentState: v[3],
  reference: v[4],
  department: v[5],
});

/** Above this many matches a search asks to be narrowed rather than read them all. */
export const SEARCH_MAX_MATCHES = 5000;
const SORT_FIELD = { receivedAt: 'receivedAt', reference: 'reference', status: 'status', serviceId: 'serviceId' } as const;

/**
 * The filter applied to the summaries, sorted (ties by date, then id, so pages never overlap or
 * leave a gap while nothing changes), one page read in full. The documents are checked again:
 * a view may lag a write on a cluster, and a case forwarded meanwhile must not show here.
 */
export async function pageOfSummaries(store: Store, f: InboxFilter, summaries: Iterable<Summary>) {
  const from = f.from ? berlinDayStart(f.from) : undefined;
  const to = f.to ? berlinDayStart(nextDay(f.to)) : undefined;
  const matching = [...summaries].filter(
    (s) =>
      s.department === f.department &&
      (!f.status || s.status === f.status) &&
      (!f.serviceId || s.serviceId === f.serviceId) &&
      (!f.payment || s.paymentState === f.payment) &&
      (!from || s.receivedAt >= from) &&
      (!to || s.receivedAt < to),
  );
  const field = SORT_FIELD[f.sort];
  const sign = f.dir === 'asc' ? 1 : -1;
  matching.sort((a, b) => sign * ((a[field] ?? '').localeCompare(b[field] ?? '') || a.receivedAt.localeCompare(b.receivedAt) || a.id.localeCompare(b.id)));
  const start = (f.page - 1) * f.pageSize;
  const page = matching.slice(start, start + f.pageSize);
  return { rows: await readRows(store, f.department, page.map((s) => s.id)), hasNext: matching.length > start + f.pageSize, total: matching.length };
}

/** The inbox rows of `ids`, in that order; a case gone or moved to another department meanwhile is left out. */
export async function readRows(store: Store, department: string, ids: string[]): Promise<InboxRow[]> {
  if (ids.length === 0) return [];
  const res = await store.requests.fetch({ keys: ids });
  const rows: InboxRow[] = [];
  for (const row of res.rows) {
    const d = ('doc' in row ? row.doc : null) as (InboxRow & { _id: string; type: string; deleted?: boolean }) | null;
    if (!d || d.type !== 'request' || d.deleted || d.department !== department || !d.receivedAt) continue;
    rows.push({
      id: d._id,
      reference: d.reference,
      serviceId: d.serviceId,
      status: d.status,
      receivedAt: d.receivedAt,
      updatedAt: d.updatedAt,
      department: d.department,
      owner: d.owner,
      ...(d.payment ? { payment: d.payment } : {}),
      ...(d.confirmedSlot ? { confirmedSlot: d.confirmedSlot } : {}),
    });
  }
  return rows;
}

/** The summaries of the cases `ids` (the rest — not in the inbox, or gone — are skipped). */
export async function summariesOf(store: Store, ids: string[]): Promise<Summary[]> {
  const out: Summary[] = [];
  for (let i = 0; i < ids.length; i += 1000) {
    const res = await store.requests.view('inbox-search', 'summary', { keys: ids.slice(i, i + 1000) } as never);
    for (const row of res.rows) out.push(toSummary(row.id, row.value as SummaryValue));
  }
  return out;
}

/** The department's cases with a word beginning with `prefix` (already folded). */
async function withWord(store: Store, department: string, prefix: string): Promise<Map<string, Summary>> {
  const res = await store.requests.view('inbox-search', 'by-department-word', {
    startkey: [department, prefix],
    endkey: [department, `${prefix}\ufff0`],
    limit: SEARCH_MAX_MATCHES + 1,
  });
  if (res.rows.length > SEARCH_MAX_MATCHES) throw new HttpError(400, 'invalid_filter', [{ field: 'q', code: 'tooMany' }]);
  return new Map(res.rows.map((r) => [r.id, toSummary(r.id, r.value as SummaryValue)]));
}

/**
 * Free-text search: every word typed must begin a word of the case (reference, answers, the
 * citizen's name), folded alike (domain/search). Each word is one key range of the word view;
 * the words' matches are intersected, and only the page shown is read in full.
 */
export async function searchInbox(store: Store, f: InboxFilter) {
  const words = searchWords(f.q ?? '').slice(0, 5);
  if (words.length === 0) return { rows: [], hasNext: false, total: 0 };
  let found: Map<string, Summary> | undefined;
  for (const word of words) {
    const next = await withWord(store, f.department, word);
    found = found ? new Map([...found].filter(([id]) => next.has(id))) : next;
    if (found.size === 0) break;
  }
  return pageOfSummaries(store, f, found!.values());
}
