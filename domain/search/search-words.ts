/**
 * The inbox search's words: what a clerk types and what a case holds are folded the same way,
 * so "Müller", "MÜLLER" and "mueller" find the same cases, as do "Yılmaz" and "yilmaz". German
 * umlauts fold to their spelled-out form (ü → ue, ß → ss), as names are written without them;
 * other marks (ş, ğ, é) are dropped. The server stores a case's words on the request
 * (server/requests/search-words.ts), the index reads them from there, and the search folds the
 * typed words with this same function — one rule on both sides.
 */

/** Bump when the folding or the fields searched change: stored words of an older version are derived again at start. */
export const SEARCH_WORDS_VERSION = 1;

const SPELLED_OUT: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ı: 'i' };
const WORD_SPLIT = /[^\p{L}\p{N}]+/u;

/** Lower case, umlauts spelled out, other marks dropped. */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(/[äöüßı]/g, (c) => SPELLED_OUT[c])
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/** The distinct folded words of a text, in order. */
export function searchWords(text: string): string[] {
  return [...new Set(foldForSearch(text).split(WORD_SPLIT).filter(Boolean))];
}

/** A case's searchable text: its reference, every text answer, and the citizen's name. */
export function requestSearchWords(request: { reference?: string; answers?: Record<string, unknown> }, citizenName: string | undefined): string[] {
  const texts = [request.reference, ...Object.values(request.answers ?? {}), citizenName];
  return [...new Set(texts.flatMap((t) => (typeof t === 'string' ? searchWords(t) : [])))].sort();
}
