import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { checkXmlShape, type XmlShapeProblem } from './xml-shape';
import { isValidRfReference, normalizeRfReference } from '../../../domain/payments/rf-reference';

/**
 * camt.053 (ISO 20022 "BankToCustomerStatement"): the end-of-day account statement German banks
 * deliver to the Stadtkasse in place of MT940. Versions .001.02 (DK format since 2013) up to
 * .001.08 (SEPA 2023) differ in details read here: `Sts` is a plain code up to .04 and
 * `<Sts><Cd>` from .05; the debtor is `RltdPties/Dbtr/Nm` up to .07 and `Dbtr/Pty/Nm` in .08.
 */
export const CAMT053_NAMESPACE = /^urn:iso:std:iso:20022:tech:xsd:camt\.053\.001\.0([2-8])$/;

export type CreditDebit = 'CRDT' | 'DBIT';

/** One payment inside a booked entry (an entry may batch several, each with its own amount). */
export interface CamtTransaction {
  amountCents: number;
  currency: string;
  /** ISO 11649 reference (RF…) from `Strd/CdtrRefInf/Ref`, or the first RF found in `Ustrd`. */
  creditorReference?: string;
  /** The unstructured purpose (`Ustrd` lines joined), as the payer typed it. */
  remittance?: string;
  debtorName?: string;
  endToEndId?: string;
}

export interface CamtEntry {
  /** Position in the statement, from 1: names the entry in messages. */
  index: number;
  /** The bank's unique reference of the booking (`AcctSvcrRef`, else `NtryRef`), if it gives one. */
  reference?: string;
  amountCents: number;
  currency: string;
  creditDebit: CreditDebit;
  reversal: boolean;
  /** BOOK, PDNG, INFO: only booked entries are money that arrived. */
  status: string;
  bookingDate?: string;
  valueDate?: string;
  transactions: CamtTransaction[];
}

export interface CamtStatement {
  version: string;
  messageId: string;
  statementId: string;
  iban: string;
  createdAt?: string;
  entries: CamtEntry[];
  /** Entries whose bank reference appeared earlier in the same file: left out of `entries`. */
  duplicates: { index: number; reference: string }[];
}

export type CamtProblem =
  | { code: 'empty' }
  | { code: 'doctype' }
  | { code: 'malformedXml'; line: number; column: number; detail: string }
  | { code: 'notCamt053'; found: string }
  | { code: 'missingField'; path: string }
  | { code: 'invalidAmount'; path: string; value: string }
  | XmlShapeProblem;

/** Why a document is not a readable camt.053 statement; `problem` names what, where. */
export class CamtError extends Error {
  constructor(readonly problem: CamtProblem) {
    super(`camt.053: ${JSON.stringify(problem)}`);
  }
}

const ARRAYS = new Set(['Stmt', 'Ntry', 'NtryDtls', 'TxDtls', 'Ustrd', 'Strd']);
const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Amounts and references stay strings: "000123" and "12.10" must not become numbers.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => ARRAYS.has(name),
});

type Node = Record<string, any>;

function text(node: unknown): string | undefined {
  if (node === undefined || node === null) return undefined;
  if (typeof node === 'string') return node.trim() || undefined;
  if (typeof node === 'object' && '#text' in (node as Node)) return String((node as Node)['#text']).trim() || undefined;
  return undefined;
}

function required(node: unknown, path: string): string {
  const value = text(node);
  if (value === undefined) throw new CamtError({ code: 'missingField', path });
  return value;
}

/** "12.5" → 1250: decimal text to cents without floating point (ISO 20022 allows up to 5 decimals; EUR uses 2). */
export function amountToCents(value: string, path: string): number {
  const m = /^(\d{1,15})(?:\.(\d{1,5}))?$/.exec(value);
  if (!m) throw new CamtError({ code: 'invalidAmount', path, value });
  const decimals = (m[2] ?? '').padEnd(2, '0');
  if (/[1-9]/.test(decimals.slice(2))) throw new CamtError({ code: 'invalidAmount', path, value });
  return Number(m[1]) * 100 + Number(decimals.slice(0, 2));
}

function amount(node: unknown, path: string): { amountCents: number; currency: string } {
  const value = required(node, path);
  const currency = typeof node === 'object' && node ? String((node as Node)['@_Ccy'] ?? '') : '';
  if (!/^[A-Z]{3}$/.test(currency)) throw new CamtError({ code: 'missingField', path: `${path}/@Ccy` });
  return { amountCents: amountToCents(value, path), currency };
}

const RF_IN_TEXT = /\bRF\s?\d{2}(?:\s?[0-9A-Z]){1,21}/gi;

/**
 * An RF reference typed in the free purpose line, with the spaces banks and people put in it
 * ("rf39 SPM2 0260 0012 3 Danke"): the longest run after "RF" whose check digits hold, so
 * words that follow are not taken for part of it.
 */
export function findRfReference(remittance: string): string | undefined {
  for (const m of remittance.matchAll(RF_IN_TEXT)) {
    const candidate = normalizeRfReference(m[0]);
    for (let end = candidate.length; end > 4; end--) {
      if (isValidRfReference(candidate.slice(0, end))) return candidate.slice(0, end);
    }
  }
  return undefined;
}

function transaction(tx: Node, entry: { amountCents: number; currency: string }, path: string): CamtTransaction {
  // TxDtls/Amt exists from .04; .02 has the instructed amount in AmtDtls. A single-payment entry may carry neither.
  const amt = tx.Amt ?? tx.AmtDtls?.TxAmt?.Amt ?? tx.AmtDtls?.InstdAmt?.Amt;
  const { amountCents, currency } = amt !== undefined ? amount(amt, `${path}/Amt`) : entry;
  const structured = (tx.RmtInf?.Strd ?? []) as Node[];
  const unstructured = ((tx.RmtInf?.Ustrd ?? []) as unknown[]).map(text).filter(Boolean) as string[];
  let creditorReference: string | undefined;
  for (const s of structured) {
    const ref = text(s.CdtrRefInf?.Ref);
    if (ref) {
      creditorReference = normalizeRfReference(ref);
      break;
    }
  }
  const remittance = unstructured.join(' ') || undefined;
  if (!creditorReference && remittance) creditorReference = findRfReference(remittance);
  const debtor = tx.RltdPties?.Dbtr;
  const debtorName = text(debtor?.Pty?.Nm) ?? text(debtor?.Nm);
  const endToEndId = text(tx.Refs?.EndToEndId);
  return {
    amountCents,
    currency,
    ...(creditorReference ? { creditorReference } : {}),
    ...(remittance ? { remittance } : {}),
    ...(debtorName ? { debtorName } : {}),
    ...(endToEndId && endToEndId !== 'NOTPROVIDED' ? { endToEndId } : {}),
  };
}

function day(node: Node | undefined): string | undefined {
  return text(node?.Dt) ?? text(node?.DtTm)?.slice(0, 10);
}

function entry(ntry: Node, index: number, path: string): CamtEntry {
  const { amountCents, currency } = amount(ntry.Amt, `${path}/Amt`);
  const creditDebit = required(ntry.CdtDbtInd, `${path}/CdtDbtInd`);
  if (creditDebit !== 'CRDT' && creditDebit !== 'DBIT') throw new CamtError({ code: 'missingField', path: `${path}/CdtDbtInd` });
  const status = text(ntry.Sts?.Cd) ?? text(ntry.Sts) ?? 'BOOK';
  const txs = ((ntry.NtryDtls ?? []) as Node[]).flatMap((d) => (d.TxDtls ?? []) as Node[]);
  const transactions = txs.length
    ? txs.map((tx, i) => transaction(tx, { amountCents, currency }, `${path}/NtryDtls/TxDtls[${i + 1}]`))
    : [{ amountCents, currency }];
  const reference = text(ntry.AcctSvcrRef) ?? text(ntry.NtryRef);
  return {
    index,
    ...(reference ? { reference } : {}),
    amountCents,
    currency,
    creditDebit,
    reversal: text(ntry.RvslInd) === 'true',
    status,
    ...(day(ntry.BookgDt) ? { bookingDate: day(ntry.BookgDt) } : {}),
    ...(day(ntry.ValDt) ? { valueDate: day(ntry.ValDt) } : {}),
    transactions,
  };
}

/** The namespace of the root element, read from the text (the parser drops namespace declarations). */
function rootNamespace(xml: string): { root: string; namespace: string } {
  const m = /<(?:([\w.-]+):)?([\w.-]+)((?:\s+[^>]*)?)>/.exec(xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, ''));
  if (!m) return { root: '', namespace: '' };
  const [, prefix, root, attrs] = m;
  const ns = new RegExp(`\\bxmlns${prefix ? `:${prefix}` : ''}\\s*=\\s*["']([^"']+)["']`).exec(attrs ?? '');
  return { root, namespace: ns?.[1] ?? '' };
}

/**
 * Reads a camt.053 document: all statements it holds (usually one account, one day), each with
 * its booked entries. Anything else (not XML, another message such as camt.052/054 or pain.001,
 * a statement without id or account) is a CamtError naming the problem.
 */
export function parseCamt053(xml: string): CamtStatement[] {
  const source = xml.replace(/^\uFEFF/, '');
  if (!source.trim()) throw new CamtError({ code: 'empty' });
  // Bank statements never declare a DTD; refusing one keeps entity expansion attacks out.
  if (/<!DOCTYPE/i.test(source)) throw new CamtError({ code: 'doctype' });
  const shape = checkXmlShape(source);
  if (shape) throw new CamtError(shape);
  const valid = XMLValidator.validate(source);
  if (valid !== true) throw new CamtError({ code: 'malformedXml', line: valid.err.line, column: valid.err.col, detail: valid.err.msg });
  const { root, namespace } = rootNamespace(source);
  const version = CAMT053_NAMESPACE.exec(namespace);
  if (root !== 'Document' || !version) throw new CamtError({ code: 'notCamt053', found: namespace || root || 'XML' });
  const doc = parser.parse(source) as Node;
  const body = doc.Document?.BkToCstmrStmt as Node | undefined;
  if (!body) throw new CamtError({ code: 'missingField', path: 'Document/BkToCstmrStmt' });
  const messageId = required(body.GrpHdr?.MsgId, 'BkToCstmrStmt/GrpHdr/MsgId');
  const statements = (body.Stmt ?? []) as Node[];
  if (!statements.length) throw new CamtError({ code: 'missingField', path: 'BkToCstmrStmt/Stmt' });
  return statements.map((stmt, s) => {
    const path = `Stmt[${s + 1}]`;
    const statementId = required(stmt.Id, `${path}/Id`);
    const iban = required(stmt.Acct?.Id?.IBAN, `${path}/Acct/Id/IBAN`).replace(/\s+/g, '').toUpperCase();
    const seen = new Set<string>();
    const entries: CamtEntry[] = [];
    const duplicates: CamtStatement['duplicates'] = [];
    ((stmt.Ntry ?? []) as Node[]).forEach((ntry, i) => {
      const parsed = entry(ntry, i + 1, `${path}/Ntry[${i + 1}]`);
      if (parsed.reference && seen.has(parsed.reference)) {
        duplicates.push({ index: parsed.index, reference: parsed.reference });
        return;
      }
      if (parsed.reference) seen.add(parsed.reference);
      entries.push(parsed);
    });
    const createdAt = text(stmt.CreDtTm);
    return { version: `camt.053.001.0${version[1]}`, messageId, statementId, iban, ...(createdAt ? { createdAt } : {}), entries, duplicates };
  });
}
