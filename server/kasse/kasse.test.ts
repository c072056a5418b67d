import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../audit';
import type { Portal } from '../portal';
import { ApiClient } from '../test-support/api-client';
import { camtStatement } from '../test-support/camt-statement';
import { startTestPortal } from '../test-support/test-portal';

let portal: Portal;
let citizen: ApiClient;
let kasse: ApiClient;
let abfall: ApiClient;

const upload = (client: ApiClient, xml: string, type = 'application/xml') =>
  client.call('POST', '/api/kasse/kontoauszuege', xml, { 'Content-Type': type, 'X-File-Name': encodeURIComponent('Auszug 30.11.xml') });

/** A routed Sperrmüllkarte and its open payment. */
async function owed() {
  const id = await citizen.sendRouted();
  const doc = (await citizen.current(id))!;
  expect(doc.payment).toMatchObject({ state: 'open' });
  return { id, rf: doc.payment!.creditorReference, cents: doc.payment!.amountCents, reference: doc.reference! };
}

beforeAll(async () => {
  portal = await startTestPortal();
  citizen = new ApiClient(portal.url);
  await citizen.register('Erika Mustermann');
  kasse = new ApiClient(portal.url);
  await kasse.login('kasse@stadt-werne.example', 'werne-demo-kasse');
  abfall = new ApiClient(portal.url);
  await abfall.login('abfall@stadt-werne.example', 'werne-demo-abfall');
});
afterAll(() => portal.stop());

describe('treasury imports a camt.053 statement', () => {
  it('marks exactly paid requests paid by transfer, lists over-, under- and unmatched payments, and the same statement twice changes nothing', async () => {
    const [exact, more, less, already] = [await owed(), await owed(), await owed(), await owed()];
    const stmtId = `T-${randomUUID()}`;
    const first = camtStatement(stmtId, [
      { ref: `${stmtId}-1`, cents: exact.cents, rf: exact.rf },
      { ref: `${stmtId}-2`, cents: more.cents + 500, purpose: `Sperrmuell ${more.rf.replace(/(.{4})/g, '$1 ')} danke` },
      { ref: `${stmtId}-3`, cents: less.cents - 1000, rf: less.rf },
      { ref: `${stmtId}-4`, cents: 1234, purpose: 'Hundesteuer Bello' },
      { ref: `${stmtId}-5`, cents: 3000, rf: 'RF00SPM2026999999' },
      { ref: `${stmtId}-6`, cents: 750, debit: true, purpose: 'Kontoführung' },
      { ref: `${stmtId}-7`, cents: already.cents, rf: already.rf },
      { ref: `${stmtId}-8`, cents: already.cents, rf: already.rf, debtor: 'Erika Mustermann (zweimal)' },
    ]);
    const res = await upload(kasse, first);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.duplicate).toBe(false);
    expect(res.body.matched.map((l: any) => l.requestId).sort()).toEqual([exact.id, already.id].sort());
    expect(res.body.matched[0]).toMatchObject({ outcome: 'matched', handling: 'none' });
    expect(res.body.overpaid).toHaveLength(2);
    expect(res.body.overpaid.find((l: any) => l.requestId === more.id)).toMatchObject({ amountCents: more.cents + 500, expectedCents: more.cents, aktenzeichen: more.reference, handling: 'open' });
    expect(res.body.overpaid.find((l: any) => l.requestId === already.id)).toMatchObject({ why: 'alreadyPaid' });
    expect(res.body.underpaid).toEqual([expect.objectContaining({ requestId: less.id, amountCents: less.cents - 1000, expectedCents: less.cents })]);
    expect(res.body.unmatched.map((l: any) => l.why).sort()).toEqual(['invalidReference', 'noReference']);
    expect(res.body.ignored).toBe(1);

    // What the citizen's device and the department see.
    expect((await citizen.current(exact.id))!.payment).toMatchObject({ state: 'paid', method: 'transfer', paidCents: exact.cents });
    expect((await citizen.current(more.id))!.payment).toMatchObject({ state: 'paid', method: 'transfer', paidCents: more.cents + 500 });
    expect((await citizen.current(less.id))!.payment).toMatchObject({ state: 'open' });
    const clerkView = (await abfall.call('GET', `/api/clerk/requests/${exact.id}`)).body.request;
    expect(clerkView.payment).toMatchObject({ state: 'paid', method: 'transfer' });
    const paidAt = clerkView.payment.paidAt;

    const again = await upload(kasse, first);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ duplicate: true, matched: [], overpaid: [], underpaid: [], unmatched: [] });
    expect(again.body.statements[0]).toMatchObject({ statementId: stmtId, duplicate: true });
    expect((await abfall.call('GET', `/api/clerk/requests/${exact.id}`)).body.request.payment.paidAt).toBe(paidAt);

    // The same bookings again inside another statement (the bank sent a corrected file): each line once.
    const resent = await upload(kasse, camtStatement(`${stmtId}-korrigiert`, [{ ref: `${stmtId}-1`, cents: exact.cents, rf: exact.rf }]));
    expect(resent.body).toMatchObject({ duplicate: false, alreadyImported: 1, matched: [], overpaid: [] });

    const listed = await kasse.call('GET', '/api/kasse/kontoauszuege');
    expect(listed.status).toBe(200);
    const mine = listed.body.imports.find((i: any) => i.statementId === stmtId);
    expect(mine).toMatchObject({ fileName: 'Auszug 30.11.xml', importedBy: { name: expect.any(String) }, counts: { matched: 2, overpaid: 2, underpaid: 1, unmatched: 2, ignored: 1 } });
    const open = listed.body.open.filter((l: any) => l.statementId === stmtId);
    expect(open.map((l: any) => l.outcome).sort()).toEqual(['overpaid', 'overpaid', 'underpaid', 'unmatched', 'unmatched']);

    // The treasury deals with a line by hand: it leaves the open list, with a note; once only.
    const underpaid = open.find((l: any) => l.outcome === 'underpaid');
    const close = (body: object) => kasse.call('POST', `/api/kasse/zeilen/${encodeURIComponent(underpaid._id)}/erledigt`, body);
    expect((await close({ note: ' ' })).body.problems[0]).toMatchObject({ field: 'note', code: 'required', message: 'Schreiben Sie, was Sie mit der Zahlung getan haben.' });
    expect((await close({ note: 'Restbetrag 10 € angefordert.' })).body.line).toMatchObject({ handling: 'done', done: { note: 'Restbetrag 10 € angefordert.' } });
    expect((await close({ note: 'noch einmal' })).status).toBe(409);
    expect((await kasse.call('GET', '/api/kasse/zeilen/x/erledigt')).status).toBe(404);
    expect((await kasse.call('POST', '/api/kasse/zeilen/line:gibt-es-nicht/erledigt', { note: 'x' })).status).toBe(404);
    const after = (await kasse.call('GET', '/api/kasse/kontoauszuege')).body.open.filter((l: any) => l.statementId === stmtId);
    expect(after.map((l: any) => l._id)).not.toContain(underpaid._id);
    const trail = await listAudit(portal.store, '_kasse', 20);
    expect(trail.map((e) => e.action)).toEqual(expect.arrayContaining(['importStatement', 'importStatementAgain', 'closeLine']));
  });

  it('refuses malformed XML and other documents with a clear error, storing nothing', async () => {
    const broken = await upload(kasse, '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt></Document>');
    expect(broken.status).toBe(400);
    expect(broken.body.error).toBe('invalid_statement');
    expect(broken.body.message).toMatch(/Kontoauszug/);
    expect(broken.body.problems[0]).toMatchObject({ field: 'statement', code: 'malformedXml' });
    expect(broken.body.problems[0].message).toMatch(/Zeile 1/);
    const other = await upload(kasse, '<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09"><CstmrCdtTrfInitn/></Document>');
    expect(other.body.problems[0]).toMatchObject({ code: 'notCamt053' });
    expect(other.body.problems[0].message).toContain('pain.001.001.09');
    const english = await kasse.call('POST', '/api/kasse/kontoauszuege', 'kein xml', { 'Content-Type': 'application/xml', 'Accept-Language': 'en' });
    expect(english.body.problems[0].message).toMatch(/line 1/);
    expect((await kasse.call('POST', '/api/kasse/kontoauszuege', { xml: 'x' })).status).toBe(415);
  });

  it('is the treasury\'s only: clerks and citizens are refused', async () => {
    const xml = camtStatement(`T-${randomUUID()}`, []);
    expect((await upload(abfall, xml)).status).toBe(403);
    expect((await upload(citizen, xml)).status).toBe(403);
    expect((await abfall.call('GET', '/api/kasse/kontoauszuege')).status).toBe(403);
    expect((await upload(new ApiClient(portal.url), xml)).status).toBe(401);
  });
});
