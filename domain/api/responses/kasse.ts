/** What the treasury's endpoints answer (the public view of server/kasse's records). */

/** A payment line of an imported statement, as the treasury sees it (server/kasse/statement-import.ts keeps more). */
export interface StatementLine {
  _id: string;
  statementId: string;
  amountCents: number;
  currency: string;
  bookingDate: string;
  creditorReference?: string;
  remittance?: string;
  debtorName?: string;
  outcome: 'matched' | 'overpaid' | 'underpaid' | 'unmatched';
  /** Why it was not simply matched, for the treasury's list. */
  why?: 'noReference' | 'invalidReference' | 'unknownReference' | 'alreadyPaid' | 'currency';
  /** The request's Aktenzeichen: the treasury sees which case, never its contents. */
  aktenzeichen?: string;
  expectedCents?: number;
}

export interface ImportRecord {
  _id: string;
  iban: string;
  statementId: string;
  importedAt: string;
  importedBy: { name: string };
  fileName?: string;
  counts: Record<'matched' | 'overpaid' | 'underpaid' | 'unmatched' | 'ignored' | 'alreadyImported', number>;
}

/** What an import found; the server keeps its fuller lines (`Line`), the treasury's page reads these. */
export interface ImportResult<Line = StatementLine> {
  /** Every statement of the file had been imported before: nothing changed. */
  duplicate: boolean;
  statements: { statementId: string; iban: string; duplicate: boolean; importedAt: string }[];
  matched: Line[];
  overpaid: Line[];
  underpaid: Line[];
  unmatched: Line[];
  /** Debits, reversals, entries not booked yet: not money that arrived for a fee. */
  ignored: number;
  /** Lines already imported with an earlier file (a statement sent again in another file). */
  alreadyImported: number;
  /** Entries the bank listed twice in the same file. */
  duplicatesInFile: { statementId: string; index: number; reference: string }[];
}
