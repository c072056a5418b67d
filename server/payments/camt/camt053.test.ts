import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { amountToCents, CamtError, findRfReference, parseCamt053, type CamtProblem } from './camt053';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');

function problemOf(xml: string): CamtProblem {
  try {
    parseCamt053(xml);
  } catch (err) {
    if (err instanceof CamtError) return err.problem;
    throw err;
  }
  throw new Error('parsed without error');
}

describe('camt.053 parsing', () => {
  it('reads a Sparkasse day statement (.001.02): account, entries, structured and typed RF references, debtor', () => {
    const [stmt] = parseCamt053(fixture('sparkasse-camt053-v02.xml'));
    expect(stmt).toMatchObject({ version: 'camt.053.001.02', messageId: 'camt053-20261130-0001', statementId: '2026-11-30-00231', iban: 'DE44441523700000012345' });
    expect(stmt.entries).toHaveLength(3);
    expect(stmt.entries[0]).toMatchObject({
      index: 1,
      reference: '2026113000012345',
      amountCents: 3000,
      currency: 'EUR',
      creditDebit: 'CRDT',
      status: 'BOOK',
      bookingDate: '2026-11-30',
      transactions: [{ amountCents: 3000, creditorReference: 'RF39SPM2026000123', debtorName: 'Erika Mustermann' }],
    });
    expect(stmt.entries[0].transactions[0]).not.toHaveProperty('endToEndId');
    expect(stmt.entries[1].transactions[0]).toMatchObject({
      amountCents: 4550,
      creditorReference: 'RF96GWZ2026000007',
      debtorName: 'Hans Gärtner & Sohn',
      remittance: 'Gartenwasserzaehler GWZ-2026-000007 rf96 GWZ2 0260 0000 7',
      endToEndId: 'E2E-GWZ-7',
    });
    expect(stmt.entries[2]).toMatchObject({ creditDebit: 'DBIT', amountCents: 750, transactions: [{ amountCents: 750 }] });
  });

  it('reads a .001.08 statement: status as code, date-time booking, a batch of two payments, the party name', () => {
    const [stmt] = parseCamt053(fixture('volksbank-camt053-v08.xml'));
    expect(stmt.version).toBe('camt.053.001.08');
    expect(stmt.entries[0]).toMatchObject({ reference: 'VB2026113099001', amountCents: 5500, bookingDate: '2026-11-30', status: 'BOOK' });
    expect(stmt.entries[0].transactions).toEqual([
      { amountCents: 2500, currency: 'EUR', creditorReference: 'RF12SPM2026000124', debtorName: 'Jan Kowalski', endToEndId: 'ONLINEBANKING-1' },
      { amountCents: 3000, currency: 'EUR', remittance: 'Sperrmuell Abholung', debtorName: 'Ayşe Yılmaz', endToEndId: 'ONLINEBANKING-2' },
    ]);
    expect(stmt.entries[1].status).toBe('PDNG');
  });

  it('leaves an entry the bank listed twice in one file out once, and names it', () => {
    const [stmt] = parseCamt053(fixture('volksbank-camt053-v08.xml'));
    expect(stmt.entries.map((e) => e.index)).toEqual([1, 2]);
    expect(stmt.duplicates).toEqual([{ index: 3, reference: 'VB2026113099001' }]);
  });

  it('reads amounts as exact cents and refuses what is not an amount', () => {
    expect(amountToCents('12.5', 'x')).toBe(1250);
    expect(amountToCents('0.10', 'x')).toBe(10);
    expect(amountToCents('104279.37', 'x')).toBe(10427937);
    expect(amountToCents('3.00000', 'x')).toBe(300);
    for (const bad of ['1,50', '-3.00', '1.005', 'abc', '']) expect(() => amountToCents(bad, 'x')).toThrow(CamtError);
  });

  it('finds an RF reference in free text and stops where its check digits stop holding', () => {
    expect(findRfReference('Sperrmuell RF39 SPM2 0260 0012 3 Danke')).toBe('RF39SPM2026000123');
    expect(findRfReference('RF39SPM2026000123DANKE')).toBe('RF39SPM2026000123');
    expect(findRfReference('RF40SPM2026000123')).toBeUndefined();
    expect(findRfReference('Rechnung 4711')).toBeUndefined();
  });

  it('names the line and column of malformed XML', () => {
    const broken = fixture('sparkasse-camt053-v02.xml').replace('</AcctSvcrRef>', '</AcctSvcRef>');
    const problem = problemOf(broken);
    expect(problem).toMatchObject({ code: 'malformedXml', line: 38 });
    expect(problemOf('Kontoauszug vom 30.11.')).toMatchObject({ code: 'malformedXml' });
    expect(problemOf('   ')).toEqual({ code: 'empty' });
  });

  it('refuses another ISO 20022 message or another XML document, saying what it found', () => {
    expect(problemOf(fixture('camt052-intraday.xml'))).toEqual({ code: 'notCamt053', found: 'urn:iso:std:iso:20022:tech:xsd:camt.052.001.02' });
    expect(problemOf('<?xml version="1.0"?><rss version="2.0"><channel/></rss>')).toEqual({ code: 'notCamt053', found: 'rss' });
    expect(problemOf('<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.01"><BkToCstmrStmt/></Document>')).toMatchObject({ code: 'notCamt053' });
  });

  it('refuses a DTD (no entity expansion) and a statement without account or amount', () => {
    expect(problemOf('<!DOCTYPE x [<!ENTITY a "aaaa">]><Document/>')).toEqual({ code: 'doctype' });
    const noIban = fixture('volksbank-camt053-v08.xml').replace('<IBAN>DE44441523700000012345</IBAN>', '');
    expect(problemOf(noIban)).toEqual({ code: 'missingField', path: 'Stmt[1]/Acct/Id/IBAN' });
    const badAmount = fixture('volksbank-camt053-v08.xml').replace('<Amt Ccy="EUR">12.00</Amt>', '<Amt Ccy="EUR">12,00</Amt>');
    expect(problemOf(badAmount)).toEqual({ code: 'invalidAmount', path: 'Stmt[1]/Ntry[2]/Amt', value: '12,00' });
  });

  it('reads a prefixed namespace and a byte order mark', () => {
    const prefixed = '\uFEFF<?xml version="1.0"?><c:Document xmlns:c="urn:iso:std:iso:20022:tech:xsd:camt.053.001.04"><c:BkToCstmrStmt><c:GrpHdr><c:MsgId>M</c:MsgId></c:GrpHdr><c:Stmt><c:Id>S</c:Id><c:Acct><c:Id><c:IBAN>DE44441523700000012345</c:IBAN></c:Id></c:Acct></c:Stmt></c:BkToCstmrStmt></c:Document>';
    expect(parseCamt053(prefixed)).toEqual([{ version: 'camt.053.001.04', messageId: 'M', statementId: 'S', iban: 'DE44441523700000012345', entries: [], duplicates: [] }]);
  });
});
