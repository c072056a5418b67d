import { REQUEST_STATUSES, type RequestStatus } from '../../domain/lifecycle/request-status';
import { searchWords } from '../../domain/search';
import { HttpError } from '../http/api-error';
import type { Store } from '../store';
import { berlinDayStart, nextDay, type InboxFilter, type InboxRow } from './inbox-query';
import { readRows } from './inbox-summaries';

/**
 * The search's bounds; a test lowers them to reach them with a small data set.
 * - `totalCap`: a total above this is shown as "more than …" instead of being counted: the
 *   embedded store counts a key range by reading every row of it (CouchDB keeps the count in its
 *   b-tree), so an exact count of 2,000 matches cost more than the whole page.
 * - `maxRows`: view rows one call may read (a deep page, a rare combination, sorting a search by
 *   service); beyond, the clerk is asked to narrow the search.
 * - `walkCount`: a search of several words (or one standing for several stored words, or with a
 *   service or payment state) is counted by reading the walked word's rows to the end only up
 *   to this many (~30 ms); beyond, its total is left unknown unless "more than" is certain.
 * - `maxVariants`: distinct stored words one typed beginning may stand for.
 */
export const wordSearchLimits = { totalCap: 1000, maxRows: 20_000, walkCount: 300, maxVariants: 20 };

const HIGH = '\ufff0';

/** A word row's value (setup-databases WORD_ROW). */
type WordRow = [receivedAt: string, status: RequestStatus, serviceId: string, paymentState: string | null, words: string[]];
interface ViewRow {
  id: string;
  key: unknown[];
  value: WordRow;
}
interface Source {
  view: string;
  low: unknown[];
  high: unknown[];
}

export interface WordSearchResult {
  rows: InboxRow[];
  hasNext: boolean;
  total?: number;
  /** Set instead of `total` when more than this many cases match. */
  totalMoreThan?: number;
}

const tooMany = () => new HttpError(400, 'invalid_filter', [{ field: 'q', code: 'tooMany' }]);

/**
 * The inbox search over `_design/inbox-words` (setup-databases): each stored word of a case
 * under its department, then the date, the status and date, or the reference, with what the
 * other filters need as the value. Every typed word must begin a word of the case. Of the typed
 * words the one with the fewest cases is walked, in the order the page is sorted by, its stored
 * variants ("sch" → schmidt, schneider) merged; each row is checked against the other typed words
 * and filters from its value, and the walk stops when the page is full. So a page costs the rows
 * up to it, not every match: a street of two words is one walk of the rarer word, whose rows
 * nearly all carry the other. Sorting by status walks status by status; only sorting a search by
 * service reads every match (bounded by `maxRows`).
 *
 * Totals: one typed word standing for one stored word, without service or payment, is a key
 * range: its count up to `totalCap` (beyond: "more than"). Otherwise the walk counts: exact when
 * the page was the last or the walked word has at most `walkCount` cases (read to the end),
 * "more than" where one stored word alone exceeds `totalCap`, else unknown (null; the clerk
 * still pages, and the last page knows the number).
 */
export async function searchByWords(store: Store, f: InboxFilter): Promise<WordSearchResult> {
  const typed = searchWords(f.q ?? '').slice(0, 5);
  if (typed.length === 0) return { rows: [], hasNext: false, total: 0 };
  const cap = wordSearchLimits.totalCap;
  // Several words are never counted beyond `walkCount`: counting further only to choose the
  // rarer word would cost what the walk saves.
  const countTo = typed.length === 1 ? cap : Math.min(cap, wordSearchLimits.walkCount);
  const words: { typed: string; variants: { word: string; count: number }[]; count: number }[] = [];
  for (const word of typed) {
    const variants = [];
    for (const stored of await storedWords(store, f.department, word)) variants.push({ word: stored, count: await countUpTo(store, countSource(f, stored), Boolean(f.to), countTo) });
    const count = variants.reduce((sum, v) => sum + v.count, 0);
    if (count === 0) return { rows: [], hasNext: false, total: 0 };
    words.push({ typed: word, variants, count });
  }
  // Of words past the bound alike, the longer beginning, which tends to match fewer cases.
  const walked = words.reduce((a, b) => (b.count < a.count || (b.count === a.count && b.typed.length > a.typed.length) ? b : a));
  const others = words.filter((w) => w !== walked).map((w) => w.typed);
  const accept = acceptor(f, others);
  const keyed = walked.variants.length === 1 && others.length === 0 && !f.serviceId && !f.payment;

  const groups = walkGroups(f, walked.variants.map((v) => v.word));
  const skip = (f.page - 1) * f.pageSize;
  if (f.sort === 'serviceId' && !f.serviceId) return sortedInMemory(store, f, groups, accept, skip);
  // Nothing to check in memory: the page starts `skip` rows into the one range.
  const plain = keyed && groups.length === 1 && groups[0].length === 1 && !f.to && (f.sort !== 'reference' || (!f.status && !f.from));
  const walk = new Walk(store, groups, f.dir === 'desc', accept, plain ? skip : 0, f.pageSize + 1);
  const page: ViewRow[] = [];
  let seen = plain ? skip : 0;
  for (let row = await walk.next(); row; row = await walk.next()) {
    if (seen++ >= skip) page.push(row);
    if (page.length > f.pageSize) break;
  }
  const rows = await readRows(store, f.department, page.slice(0, f.pageSize).map((r) => r.id));
  const hasNext = page.length > f.pageSize;
  const result = { rows, hasNext };
  if (!hasNext && !plain) return { ...result, total: seen };
  if (keyed) return withCount(result, walked.count, cap);
  if (walked.count <= Math.min(cap, wordSearchLimits.walkCount)) {
    while (await walk.next()) seen++;
    return { ...result, total: seen };
  }
  // One typed word without further filters: its cases are the union of its variants', at least the largest.
  if (others.length === 0 && !f.serviceId && !f.payment && walked.variants.some((v) => v.count > cap)) return { ...result, totalMoreThan: cap };
  return result;
}

function withCount(result: { rows: InboxRow[]; hasNext: boolean }, count: number, cap: number): WordSearchResult {
  return count > cap ? { ...result, totalMoreThan: cap } : { ...result, total: count };
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
    if (out.length > wordSearchLimits.maxVariants) throw tooMany();
    // An object collates after every date: the next row is the next word's first.
    startkey = [department, word, {}];
  }
}

const received = (f: InboxFilter) => ({ from: f.from ? berlinDayStart(f.from) : '', to: f.to ? berlinDayStart(nextDay(f.to)) : {} });

/** The key range counted for a word: within the chosen status and days (`to` excluded, see countUpTo). */
function countSource(f: InboxFilter, word: string): Source {
  const { from, to } = received(f);
  if (f.status) return { view: 'by-word-status-received', low: [f.department, word, f.status, from], high: [f.department, word, f.status, to] };
  return { view: 'by-word-received', low: [f.department, word, from], high: [f.department, word, to] };
}

/**
 * The rows of a key range up to `cap`, or `cap + 1` for "more": a row `cap` rows in tells that
 * there are more (the store steps over rows without reading them); only a smaller range is
 * counted (`_count`: from the b-tree on CouchDB, by reading each row on the embedded store).
 */
async function countUpTo(store: Store, src: Source, toExcluded: boolean, cap: number): Promise<number> {
  const range = { startkey: src.low, endkey: src.high, inclusive_end: !toExcluded };
  const probe = await store.requests.view('inbox-words', src.view, { ...range, skip: cap, limit: 1, reduce: false } as never);
  if (probe.rows.length > 0) return cap + 1;
  const res = await store.requests.view('inbox-words', src.view, range as never);
  return (res.rows[0]?.value as number | undefined) ?? 0;
}

/**
 * The ranges to walk, as groups walked one after the other, each group's ranges (the word's
 * variants) merged. Sorted by status without a chosen one: a group per status, in the order asked.
 */
function walkGroups(f: InboxFilter, variants: string[]): Source[][] {
  const d = f.department;
  if (f.sort === 'reference') return [variants.map((w) => ({ view: 'by-word-reference', low: [d, w], high: [d, w, {}] }))];
  const { from, to } = received(f);
  const byStatus = (status: string) => variants.map((w) => ({ view: 'by-word-status-received', low: [d, w, status, from], high: [d, w, status, to] }));
  if (f.status) return [byStatus(f.status)];
  if (f.sort === 'status') {
    const sign = f.dir === 'asc' ? 1 : -1;
    return REQUEST_STATUSES.filter((s) => s !== 'draft')
      .sort((a, b) => sign * a.localeCompare(b))
      .map(byStatus);
  }
  return [variants.map((w) => ({ view: 'by-word-received', low: [d, w, from], high: [d, w, to] }))];
}

/** Whether a walked row is a match: the filters the key does not hold, and every other typed word. */
function acceptor(f: InboxFilter, others: string[]): (row: ViewRow) => boolean {
  const { from, to } = received(f);
  return (row) => {
    const [receivedAt, status, serviceId, paymentState, words] = row.value;
    return (
      (!f.status || status === f.status) &&
      (!f.serviceId || serviceId === f.serviceId) &&
      (!f.payment || paymentState === f.payment) &&
      (!from || receivedAt >= from) &&
      (typeof to !== 'string' || receivedAt < to) &&
      others.every((t) => words.some((w) => w.startsWith(t)))
    );
  };
}

/** A search sorted by service (of several): every match read, sorted as pageOfSummaries sorts. */
async function sortedInMemory(store: Store, f: InboxFilter, groups: Source[][], accept: (row: ViewRow) => boolean, skip: number): Promise<WordSearchResult> {
  const walk = new Walk(store, groups, true, accept, 0, 1000);
  const all: ViewRow[] = [];
  for (let row = await walk.next(); row; row = await walk.next()) all.push(row);
  const sign = f.dir === 'asc' ? 1 : -1;
  all.sort((a, b) => sign * (a.value[2].localeCompare(b.value[2]) || a.value[0].localeCompare(b.value[0]) || a.id.localeCompare(b.id)));
  const ids = all.slice(skip, skip + f.pageSize).map((r) => r.id);
  return { rows: await readRows(store, f.department, ids), hasNext: all.length > skip + f.pageSize, total: all.length };
}

/** Key order as the view sorts (the range's fixed part is equal), then the case id; the walk's direction. */
function before(a: ViewRow, b: ViewRow, desc: boolean): boolean {
  for (let i = 2; i < a.key.length; i++) {
    const x = String(a.key[i]);
    const y = String(b.key[i]);
    if (x !== y) return desc ? x > y : x < y;
  }
  return desc ? a.id > b.id : a.id < b.id;
}

/** One range read in growing batches. */
class Cursor {
  private rows: ViewRow[] = [];
  private done = false;
  constructor(
    private store: Store,
    private src: Source,
    private desc: boolean,
    private offset: number,
    private batch: number,
    private budget: { rows: number },
  ) {}

  async peek(): Promise<ViewRow | undefined> {
    if (this.rows.length === 0 && !this.done) {
      const { low, high, view } = this.src;
      const res = await this.store.requests.view('inbox-words', view, {
        startkey: this.desc ? high : low,
        endkey: this.desc ? low : high,
        descending: this.desc,
        skip: this.offset,
        limit: this.batch,
        reduce: false,
      } as never);
      this.rows = res.rows as unknown as ViewRow[];
      this.offset += this.rows.length;
      this.done = this.rows.length < this.batch;
      this.budget.rows -= this.rows.length;
      if (this.budget.rows < 0) throw tooMany();
      this.batch = Math.min(this.batch * 4, 2000);
    }
    return this.rows[0];
  }

  take(): void {
    this.rows.shift();
  }
}

/** The matching rows of the groups in order, each case once, reading as few rows as the caller takes. */
class Walk {
  private group = 0;
  private cursors: Cursor[] | undefined;
  private seen = new Set<string>();
  private budget = { rows: wordSearchLimits.maxRows };

  constructor(
    private store: Store,
    private groups: Source[][],
    private desc: boolean,
    private accept: (row: ViewRow) => boolean,
    private offset: number,
    private batch: number,
  ) {}

  async next(): Promise<ViewRow | undefined> {
    while (this.group < this.groups.length) {
      this.cursors ??= this.groups[this.group].map((src) => new Cursor(this.store, src, this.desc, this.offset, this.batch, this.budget));
      let best: Cursor | undefined;
      let bestRow: ViewRow | undefined;
      for (const cursor of this.cursors) {
        const row = await cursor.peek();
        if (row && (!bestRow || before(row, bestRow, this.desc))) [best, bestRow] = [cursor, row];
      }
      if (!best || !bestRow) {
        this.group++;
        this.cursors = undefined;
        continue;
      }
      best.take();
      // A case holding two variants of the walked word comes from both ranges, one after the other.
      if (this.seen.has(bestRow.id) || !this.accept(bestRow)) continue;
      this.seen.add(bestRow.id);
      return bestRow;
    }
    return undefined;
  }
}
