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
  why?: 'noReference' | 'invalidReference' | 'unknownReference' | 'alreadyPaid' | 'currency';
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

export interface ImportResult {
  duplicate: boolean;
  statements: { statementId: string; iban: string; duplicate: boolean; importedAt: string }[];
  matched: StatementLine[];
  overpaid: StatementLine[];
  underpaid: StatementLine[];
  unmatched: StatementLine[];
  ignored: number;
  alreadyImported: number;
  duplicatesInFile: unknown[];
}
