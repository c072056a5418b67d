import type { ImportResult as PublicImportResult, StatementLine as PublicStatementLine } from '../../domain/api';
import { isValidRfReference } from '../../domain/payments/rf-reference';
import { markPaid } from '../payments';
import { parseCamt053, type CamtEntry, type CamtStatement, type CamtTransaction } from '../payments/camt/camt053';
import type { StoredRequest } from '../requests';
import { getOrNull, isConflict, updateDocument, type Store } from '../store';

/**
 * How a credit line of a statement relates to the fees the city is owed:
 * - `matched`: RF reference of an unpaid request, exactly its fee → the request is paid;
 * - `overpaid`: more than the fee (or a fee already paid, e.g. online and then by transfer too)
 *   → the fee counts as paid, the surplus is the treasury's to refund;
 * - `underpaid`: less than the fee → not paid; the treasury asks for the rest;
 * - `unmatched`: no valid RF reference, or none of a request → the treasury finds out by hand.
 */
export type LineOutcome = 'matched' | 'overpaid' | 'underpaid' | 'unmatched';

/** One payment (a transaction of a booked credit entry), kept so that it is imported only once. */
export interface StatementLine extends PublicStatementLine {
  kind: 'line';
  iban: string;
  /** The bank's reference of the entry (or the statement id and position when it gives none). */
  entryKey: string;
  outcome: LineOutcome;
  requestId?: string;
  /** `open` until the treasury has dealt with it; a matched line needs nothing. */
  handling: 'none' | 'open' | 'done';
  importedAt: string;
}

export interface StatementRecord {
  _id: string;
  kind: 'statement';
  iban: string;
  statementId: string;
  messageId: string;
  version: string;
  importedAt: string;
  importedBy: { id: string; name: string };
  fileName?: string;
  counts: Record<LineOutcome | 'ignored' | 'alreadyImported', number>;
}

export type ImportResult = PublicImportResult<StatementLine>;

const statementId = (s: CamtStatement) => `statement:${s.iban}:${s.statementId}`;
const entryKey = (s: CamtStatement, e: CamtEntry) => e.reference ?? `${s.statementId}#${e.index}`;
const lineId = (s: CamtStatement, e: CamtEntry, tx: number) => `line:${s.iban}:${entryKey(s, e)}:${tx + 1}`;

/** Which of these line ids are stored already: one request for the whole statement, not one per line. */
async function storedLineIds(store: Store, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const res = await store.kasse.fetch({ keys: ids });
  return new Set(res.rows.filter((r) => 'doc' in r && r.doc).map((r) => (r as { id: string }).id));
}

async function requestByReference(store: Store, reference: string): Promise<StoredRequest | undefined> {
  const res = await store.requests.find({
    selector: { 'payment.creditorReference': reference },
    limit: 2,
    use_index: 'idx-by-creditor-reference',
  } as never);
  return (res.docs as StoredRequest[]).find((d) => d.type === 'request' && !d.deleted);
}

/** Decides one payment and, when it covers the fee, marks the request paid (the one place: markPaid). */
async function settle(store: Store, base: Omit<StatementLine, 'outcome' | 'handling'>, tx: CamtTransaction): Promise<StatementLine> {
  const ref = tx.creditorReference;
  if (!ref) return { ...base, outcome: 'unmatched', why: 'noReference', handling: 'open' };
  if (!isValidRfReference(ref)) return { ...base, outcome: 'unmatched', why: 'invalidReference', handling: 'open' };
  const request = await requestByReference(store, ref);
  if (!request?.payment) return { ...base, outcome: 'unmatched', why: 'unknownReference', handling: 'open' };
  const found = { requestId: request._id, ...(request.reference ? { aktenzeichen: request.reference } : {}), expectedCents: request.payment.amountCents };
  if (tx.currency !== 'EUR') return { ...base, ...found, outcome: 'unmatched', why: 'currency', handling: 'open' };
  if (request.payment.state === 'paid') return { ...base, ...found, outcome: 'overpaid', why: 'alreadyPaid', handling: 'open' };
  if (tx.amountCents < request.payment.amountCents) return { ...base, ...found, outcome: 'underpaid', handling: 'open' };
  // The bank gives a booking day, not a time: noon UTC is that same day in Werne, summer or winter.
  const paid = await markPaid(store, request._id, { method: 'transfer', paidCents: tx.amountCents, paidAt: `${base.bookingDate}T12:00:00.000Z` });
  // `unchanged`: paid before (online, or an earlier transfer); this money is on top.
  if (paid.outcome === 'unchanged') return { ...base, ...found, outcome: 'overpaid', why: 'alreadyPaid', handling: 'open' };
  if (tx.amountCents > request.payment.amountCents) return { ...base, ...found, outcome: 'overpaid', handling: 'open' };
  return { ...base, ...found, outcome: 'matched', handling: 'none' };
}

/**
 * Imports a camt.053 file. Each payment line has an id made of the account and the bank's
 * entry reference, so a statement imported again — as the same file or inside another one —
 * changes nothing; the request is marked paid before its line is written, so a crash in between
 * is repaired by importing again (marking paid twice changes nothing either).
 */
export async function importStatement(store: Store, xml: string, by: { id: string; name: string }, fileName?: string): Promise<ImportResult> {
  const statements = parseCamt053(xml);
  const result: ImportResult = { duplicate: true, statements: [], matched: [], overpaid: [], underpaid: [], unmatched: [], ignored: 0, alreadyImported: 0, duplicatesInFile: [] };
  for (const stmt of statements) {
    const earlier = await getOrNull<StatementRecord>(store.kasse, statementId(stmt));
    if (earlier) {
      result.statements.push({ statementId: stmt.statementId, iban: stmt.iban, duplicate: true, importedAt: earlier.importedAt });
      continue;
    }
    result.duplicate = false;
    const importedAt = new Date().toISOString();
    const counts: StatementRecord['counts'] = { matched: 0, overpaid: 0, underpaid: 0, unmatched: 0, ignored: 0, alreadyImported: 0 };
    result.duplicatesInFile.push(...stmt.duplicates.map((d) => ({ statementId: stmt.statementId, ...d })));
    const credits = stmt.entries.filter((e) => e.creditDebit === 'CRDT' && !e.reversal && e.status === 'BOOK');
    counts.ignored = stmt.entries.length - credits.length;
    const stored = await storedLineIds(store, credits.flatMap((e) => e.transactions.map((_, i) => lineId(stmt, e, i))));
    for (const entry of credits) {
      for (const [i, tx] of entry.transactions.entries()) {
        const _id = lineId(stmt, entry, i);
        if (stored.has(_id)) {
          counts.alreadyImported++;
          continue;
        }
        const base = {
          _id,
          kind: 'line' as const,
          iban: stmt.iban,
          statementId: stmt.statementId,
          entryKey: entryKey(stmt, entry),
          amountCents: tx.amountCents,
          currency: tx.currency,
          bookingDate: entry.bookingDate ?? entry.valueDate ?? importedAt.slice(0, 10),
          ...(tx.creditorReference ? { creditorReference: tx.creditorReference } : {}),
          ...(tx.remittance ? { remittance: tx.remittance.slice(0, 500) } : {}),
          ...(tx.debtorName ? { debtorName: tx.debtorName.slice(0, 140) } : {}),
          importedAt,
        };
        const line = await settle(store, base, tx);
        try {
          await store.kasse.insert(line);
        } catch (err) {
          // Another import of the same statement wrote it in the same moment.
          if (!isConflict(err)) throw err;
          counts.alreadyImported++;
          continue;
        }
        counts[line.outcome]++;
        result[line.outcome].push(line);
      }
    }
    result.ignored += counts.ignored;
    result.alreadyImported += counts.alreadyImported;
    const record: StatementRecord = {
      _id: statementId(stmt),
      kind: 'statement',
      iban: stmt.iban,
      statementId: stmt.statementId,
      messageId: stmt.messageId,
      version: stmt.version,
      importedAt,
      importedBy: by,
      ...(fileName ? { fileName: fileName.slice(0, 200) } : {}),
      counts,
    };
    try {
      await store.kasse.insert(record);
    } catch (err) {
      if (!isConflict(err)) throw err;
    }
    result.statements.push({ statementId: stmt.statementId, iban: stmt.iban, duplicate: false, importedAt });
  }
  return result;
}

/** Earlier imports, newest first, and every line still waiting for the treasury. */
export async function listImports(store: Store, limit = 50): Promise<{ imports: StatementRecord[]; open: StatementLine[] }> {
  const [imports, open] = await Promise.all([
    store.kasse.find({ selector: { kind: 'statement', importedAt: { $gt: null } }, sort: [{ kind: 'desc' }, { importedAt: 'desc' }], limit, use_index: 'idx-by-kind-imported' } as never),
    store.kasse.find({ selector: { kind: 'line', handling: 'open', bookingDate: { $gt: null } }, sort: [{ kind: 'asc' }, { handling: 'asc' }, { bookingDate: 'asc' }], limit: 500, use_index: 'idx-by-kind-handling-booked' } as never),
  ]);
  return { imports: imports.docs as StatementRecord[], open: open.docs as StatementLine[] };
}

export const LINE_NOTE_MAX = 500;

/**
 * The treasury has dealt with an open line (refunded the surplus, asked for the rest, booked it
 * elsewhere): it leaves the open list, with who, when and what was done.
 */
export async function closeLine(store: Store, id: string, by: { id: string; name: string }, note: string): Promise<StatementLine | undefined> {
  const written = await updateDocument<StatementLine & { done?: { at: string; by: string; note: string } }>(store.kasse, id, (current) => {
    if (!current || current.kind !== 'line') return undefined;
    if (current.handling !== 'open') throw new LineNotOpenError();
    return { ...current, handling: 'done', done: { at: new Date().toISOString(), by: by.name, note } };
  });
  return written ?? undefined;
}

export class LineNotOpenError extends Error {}
