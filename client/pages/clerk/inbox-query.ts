/** The inbox's view (filters, sort, page) lives in the address, so back, reload and links keep it. */
export const FILTER_KEYS = ['status', 'service', 'payment', 'assignee', 'followUp', 'from', 'to', 'q'] as const;
export type InboxSortKey = 'receivedAt' | 'reference' | 'status' | 'serviceId';

export interface InboxView {
  status: string;
  service: string;
  /** Payment state (open, pending, paid) or '' for all. */
  payment: string;
  /** 'me' (assigned to the clerk), 'none' (open, nobody took it) or '' for all. */
  assignee: string;
  /** 'due': cases whose follow-up day has come. */
  followUp: string;
  from: string;
  to: string;
  q: string;
  sort: InboxSortKey;
  dir: 'asc' | 'desc';
  page: number;
}

export function readView(query: Record<string, string | undefined>): InboxView {
  const sort = (['receivedAt', 'reference', 'status', 'serviceId'] as const).find((s) => s === query.sort) ?? 'receivedAt';
  const dir = query.dir === 'asc' || query.dir === 'desc' ? query.dir : sort === 'receivedAt' ? 'desc' : 'asc';
  const page = Math.max(1, Number(query.page) || 1);
  return { status: query.status ?? '', service: query.service ?? '', payment: query.payment ?? '', assignee: query.assignee ?? '', followUp: query.followUp ?? '', from: query.from ?? '', to: query.to ?? '', q: query.q ?? '', sort, dir, page };
}

/** Query string of a view, leaving out what is the default. */
export function viewQuery(view: InboxView): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (view[key]) params.set(key, view[key]);
  if (view.sort !== 'receivedAt') params.set('sort', view.sort);
  if (view.dir !== (view.sort === 'receivedAt' ? 'desc' : 'asc')) params.set('dir', view.dir);
  if (view.page > 1) params.set('page', String(view.page));
  return params.toString();
}

/** Clicking a column header: sort by it, or turn the direction round if it already sorts. */
export function toggleSort(view: InboxView, column: InboxSortKey): InboxView {
  if (view.sort === column) return { ...view, dir: view.dir === 'asc' ? 'desc' : 'asc', page: 1 };
  return { ...view, sort: column, dir: column === 'receivedAt' ? 'desc' : 'asc', page: 1 };
}
