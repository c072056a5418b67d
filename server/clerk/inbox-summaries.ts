import type { RequestStatus } from '../../domain/lifecycle/request-status';
import type { Store } from '../store';
import { berlinDayStart, nextDay, type InboxFilter, type InboxRow } from './inbox-query';

/** A case as the view inbox-search/summary gives it (setup-databases SUMMARY): enough to filter, sort and count. */
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
