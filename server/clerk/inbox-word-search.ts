import { searchWords } from '../../domain/search';
import { HttpError } from '../http/api-error';
import type { Store } from '../store';
import { berlinDayStart, nextDay, type InboxFilter, type InboxRow } from './inbox-query';
import { readRows, searchInbox } from './inbox-summaries';

/** A typed word's beginning may match this many distinct stored words; beyond, the clerk is asked for more letters. */
const MAX_VARIANTS = 20;
/** The id sets of a several-word search are read in full; beyond this many rows per word the search asks to be narrowed. */
const MAX_SET_ROWS = 20_000;
const HIGH = '\ufff0';

type Key = (string | null)[];
interface ViewRow {
  id: string;
  key: Key;
}

/**
 * The inbox search over the views of `_design/inbox-words` (setup-databases): each of a case's
 * words keyed with its department, then the status and the date or the reference, value null.
 * A typed word's beginning stands for the stored words it begins ("muensterstr" →
 * "muensterstrasse"), found one by one (a row each). One typed word that matches one stored word,
 * sorted by date or reference: the page is read as view rows and the total is the `_count` of
 * the key range — the store never reads the other hits' documents. Several words (or a beginning
 * matching several stored words): each word's ids are read from the same compact rows (key and
 * id only, within the status when one is chosen), intersected, sorted by the date in the key; the
 * worst case is the sum of the typed words' matches. Any other combination (a service, payment
 * state, sorting by status or service) uses the summaries search (inbox-summaries.searchInbox).
 */
export async function searchByWords(store: Store, f: InboxFilter): Promise<{ rows: InboxRow[]; hasNext: boolean; total?: number }> {
  const typed = searchWords(f.q ?? '').slice(0, 5);
  if (typed.length === 0) return { rows: [], hasNext: false, total: 0 };
  const viewSort = f.sort === 'receivedAt' || (f.sort === 'reference' && typed.length === 1 && !f.status && !f.from && !f.to);
  if (!viewSort || f.serviceId || f.payment) return searchInbox(store, f);
  const variants: string[][] = [];
  for (const word of typed) {
    const found = await storedWords(store, f.department, word);
    if (found.length === 0) return { rows: [], hasNext: false, total: 0 };
    variants.push(found);
  }
  if (variants.length === 1 && variants[0].length === 1) return onePage(store, f, variants[0][0]);
  if (f.sort !== 'receivedAt') return searchInbox(store, f);
  return intersected(store, f, variants);
}

/** The distinct stored words of the department beginning with `prefix`: one row read per word. */
async function storedWords(store: Store, department: string, prefix: string): Promise<string[]> {
  const out: string[] = [];
  let startkey: unknown[] = [department, prefix];
  for (;;) {
    const res = await store.requests.view('inbox-words', 'by-word-received', { startkey, endkey: [department, `${prefix}${HIGH}`], limit: 1, reduce: false } as never);
    const row = res.rows[0] as unknown as ViewRow | undefined;
    if (!row) return out;
    const word = row.key[1] as string;
    out.push(word);
    if (out.length > MAX_VARIANTS) throw new HttpError(400, 'invalid_filter', [{ field: 'q', code: 'tooMany' }]);
    // An object collates after every date: the next row is the next word's first.
    startkey = [department, word, {}];
  }
}

/** The key range of one word, within the status and the dates chosen. */
function range(f: InboxFilter, word: string): { view: string; low: unknown[]; high: unknown[] } {
  const from = f.from ? berlinDayStart(f.from) : '';
  // The day after `to` starts the excluded part: the range ends just before it.
  const to = f.to ? berlinDayStart(nextDay(f.to)) : {};
  if (f.sort === 'reference') return { view: 'by-word-reference', low: [f.department, word], high: [f.department, word, {}] };
  if (f.status) return { view: 'by-word-status-received', low: [f.department, word, f.status, from], high: [f.department, word, f.status, to] };
  return { view: 'by-word-received', low: [f.department, word, from], high: [f.department, word, to] };
}

async function onePage(store: Store, f: InboxFilter, word: string) {
  const { view, low, high } = range(f, word);
  const desc = f.dir === 'desc';
  // `to` is exclusive: a case keyed exactly at the next day's start belongs to that day. Newest
  // first, such rows come first (PouchDB knows no startkey_docid): they are skipped by number.
  const bounded = Boolean(f.to) && f.sort !== 'reference';
  const [atBound, count] = await Promise.all([
    bounded && desc ? store.requests.view('inbox-words', view, { key: high }).then((r) => (r.rows[0]?.value as number | undefined) ?? 0) : 0,
    countRange(store, f, word),
  ]);
  const page = await store.requests.view('inbox-words', view, {
    startkey: desc ? high : low,
    endkey: desc ? low : high,
    descending: desc,
    ...(bounded && !desc ? { inclusive_end: false } : {}),
    skip: atBound + (f.page - 1) * f.pageSize,
    limit: f.pageSize + 1,
    reduce: false,
  } as never);
  const rows = page.rows as unknown as ViewRow[];
  const ids = rows.slice(0, f.pageSize).map((r) => r.id);
  return { rows: await readRows(store, f.department, ids), hasNext: rows.length > f.pageSize, total: count };
}

/** The number of cases in a word's range: a `_count` over it (CouchDB answers from its b-tree). */
async function countRange(store: Store, f: InboxFilter, word: string): Promise<number> {
  const { view, low, high } = range({ ...f, sort: 'receivedAt' }, word);
  const res = await store.requests.view('inbox-words', view, { startkey: low, endkey: high, inclusive_end: !f.to } as never);
  return (res.rows[0]?.value as number | undefined) ?? 0;
}

/** Ids and dates of one typed word's cases (all its stored variants), from the compact rows. */
async function idsOf(store: Store, f: InboxFilter, variants: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const word of variants) {
    const { view, low, high } = range(f, word);
    const res = await store.requests.view('inbox-words', view, { startkey: low, endkey: high, inclusive_end: !f.to, limit: MAX_SET_ROWS + 1, reduce: false } as never);
    if (res.rows.length > MAX_SET_ROWS) throw new HttpError(400, 'invalid_filter', [{ field: 'q', code: 'tooMany' }]);
    for (const row of res.rows as unknown as ViewRow[]) out.set(row.id, row.key[row.key.length - 1] as string);
  }
  return out;
}

/** Several words: the rarest first, each next one narrowing the set; sorted by date (ties by id, as pageOfSummaries). */
async function intersected(store: Store, f: InboxFilter, variants: string[][]) {
  let found: Map<string, string> | undefined;
  for (const words of variants) {
    const next = await idsOf(store, f, words);
    found = found ? new Map([...found].filter(([id]) => next.has(id))) : next;
    if (found.size === 0) return { rows: [], hasNext: false, total: 0 };
  }
  const sign = f.dir === 'asc' ? 1 : -1;
  const sorted = [...found!].sort(([ia, a], [ib, b]) => sign * (a.localeCompare(b) || ia.localeCompare(ib)));
  const start = (f.page - 1) * f.pageSize;
  const ids = sorted.slice(start, start + f.pageSize).map(([id]) => id);
  return { rows: await readRows(store, f.department, ids), hasNext: sorted.length > start + f.pageSize, total: sorted.length };
}
