import { ApiRequestError, NetworkError } from '../../api/api-client';
import { sessionFetch } from '../../session/session-fetch';
import { handleUnauthenticated } from '../../session/session';

/** A payment line of an imported statement, as the server keeps it (server/kasse/statement-import.ts). */
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

export function closeLine(lineId: string, note: string): Promise<{ line: StatementLine }> {
  return sessionFetch(`/api/kasse/zeilen/${encodeURIComponent(lineId)}/erledigt`, { body: { note } });
}

export function fetchImports(): Promise<{ imports: ImportRecord[]; open: StatementLine[] }> {
  return sessionFetch('/api/kasse/kontoauszuege');
}

/**
 * Sends the statement file as it is (`application/xml`). XMLHttpRequest rather than fetch,
 * because only it reports upload progress for the progress bar.
 */
export function uploadStatement(file: File, onProgress: (fraction: number) => void): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/kasse/kontoauszuege');
    xhr.setRequestHeader('Content-Type', 'application/xml');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', document.documentElement.lang || 'de');
    xhr.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () => reject(new NetworkError(new Error('upload failed')));
    xhr.onload = () => {
      let body: any;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = { error: `http_${xhr.status}`, message: '' };
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(body as ImportResult);
      if (xhr.status === 401) handleUnauthenticated();
      reject(new ApiRequestError(xhr.status, body));
    };
    xhr.send(file);
  });
}
