/** One credit (or debit) booking of a test statement. */
export interface TestBooking {
  /** The bank's entry reference (AcctSvcrRef). */
  ref: string;
  cents: number;
  /** Structured creditor reference (Strd/CdtrRefInf/Ref), or `purpose` typed freely (Ustrd). */
  rf?: string;
  purpose?: string;
  debtor?: string;
  debit?: boolean;
}

const euro = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A camt.053.001.08 day statement of the city's account, as a bank would send it. */
export function camtStatement(statementId: string, bookings: TestBooking[], iban = 'DE44441523700000012345', day = new Date().toISOString().slice(0, 10)): string {
  const entries = bookings.map(
    (b) => `
      <Ntry>
        <Amt Ccy="EUR">${euro(b.cents)}</Amt>
        <CdtDbtInd>${b.debit ? 'DBIT' : 'CRDT'}</CdtDbtInd>
        <Sts><Cd>BOOK</Cd></Sts>
        <BookgDt><Dt>${day}</Dt></BookgDt>
        <ValDt><Dt>${day}</Dt></ValDt>
        <AcctSvcrRef>${esc(b.ref)}</AcctSvcrRef>
        <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
        <NtryDtls><TxDtls>
          <Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs>
          <Amt Ccy="EUR">${euro(b.cents)}</Amt>
          <RltdPties><Dbtr><Pty><Nm>${esc(b.debtor ?? 'Erika Mustermann')}</Nm></Pty></Dbtr></RltdPties>
          <RmtInf>${b.rf ? `<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>${esc(b.rf)}</Ref></CdtrRefInf></Strd>` : ''}${b.purpose ? `<Ustrd>${esc(b.purpose)}</Ustrd>` : ''}</RmtInf>
        </TxDtls></NtryDtls>
      </Ntry>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>MSG-${esc(statementId)}</MsgId><CreDtTm>${day}T22:00:00+01:00</CreDtTm></GrpHdr>
    <Stmt>
      <Id>${esc(statementId)}</Id>
      <CreDtTm>${day}T22:00:00+01:00</CreDtTm>
      <Acct><Id><IBAN>${iban}</IBAN></Id><Ccy>EUR</Ccy></Acct>${entries.join('')}
    </Stmt>
  </BkToCstmrStmt>
</Document>
`;
}
