import type { AnswerValue } from '../../domain/catalogue/service-definition';

/**
 * A write-ahead journal of typed answers in localStorage. Saving a keystroke to IndexedDB takes
 * several asynchronous steps; a reload or a closed tab in between would lose it. localStorage
 * writes are synchronous, so each keystroke lands here first and leaves again once the database
 * has it. On the next start, whatever is still here is written to the database (replay).
 * It holds personal data, so logout removes it.
 */
export const INPUT_JOURNAL_KEY = 'bp-input-journal';

/** requestId → field → value (`null`: the answer was cleared). */
export type InputJournal = Record<string, Record<string, AnswerValue | null>>;

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function storage(): Store | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

export function readJournal(store: Store | undefined = storage()): InputJournal {
  try {
    const raw = store?.getItem(INPUT_JOURNAL_KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return parsed && typeof parsed === 'object' ? (parsed as InputJournal) : {};
  } catch {
    return {};
  }
}

function writeJournal(journal: InputJournal, store: Store | undefined): void {
  try {
    if (Object.keys(journal).length === 0) store?.removeItem(INPUT_JOURNAL_KEY);
    else store?.setItem(INPUT_JOURNAL_KEY, JSON.stringify(journal));
  } catch {
    // Storage full or blocked: the database write still happens, only without this safety net.
  }
}

export function journalAnswers(id: string, values: Record<string, AnswerValue | undefined>, store = storage()): void {
  const journal = readJournal(store);
  const entry = { ...(journal[id] ?? {}) };
  for (const [field, value] of Object.entries(values)) entry[field] = value ?? null;
  journal[id] = entry;
  writeJournal(journal, store);
}

/** Drops the fields the database now holds — unless they were typed over again meanwhile. */
export function settleJournal(id: string, values: Record<string, AnswerValue | undefined>, store = storage()): void {
  const journal = readJournal(store);
  const entry = journal[id];
  if (!entry) return;
  for (const [field, value] of Object.entries(values)) {
    if (JSON.stringify(entry[field]) === JSON.stringify(value ?? null)) delete entry[field];
  }
  if (Object.keys(entry).length === 0) delete journal[id];
  writeJournal(journal, store);
}

export function dropJournalEntry(id: string, store = storage()): void {
  const journal = readJournal(store);
  delete journal[id];
  writeJournal(journal, store);
}

export function clearJournal(store = storage()): void {
  try {
    store?.removeItem(INPUT_JOURNAL_KEY);
  } catch {
    // nothing stored then
  }
}

/** Journal values as answers: `null` back to "cleared" (undefined). */
export function journalValues(entry: Record<string, AnswerValue | null>): Record<string, AnswerValue | undefined> {
  return Object.fromEntries(Object.entries(entry).map(([field, value]) => [field, value ?? undefined]));
}
