import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '../portal';
import { markPaid } from '../payments';
import { ApiClient, eventually } from '../test-support/api-client';
import { pdfText } from '../test-support/pdf-text';
import { startTestPortal } from '../test-support/test-portal';

let portal: Portal;
let citizen: ApiClient;
let other: ApiClient;

async function download(client: ApiClient, path: string, lang = 'de') {
  const res = await fetch(portal.url + path, { headers: { Cookie: client.cookieHeader, 'Accept-Language': lang } });
  return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
}

/** A routed Sperrmüllkarte whose fee (30 €) is open. */
async function feeRequest() {
  const id = await citizen.sendRouted({ volume: '2,5' });
  return eventually(async () => {
    const doc = await citizen.current(id);
    return doc?.payment ? doc : undefined;
  }, 10_000, 'payment');
}

beforeAll(async () => {
  portal = await startTestPortal();
  citizen = new ApiClient(portal.url);
  await citizen.register('Paula Papier');
  other = new ApiClient(portal.url);
  await other.register('Otto Anders');
});
afterAll(() => portal.stop());

describe('invoice and payment receipt over HTTP', () => {
  it('gives the owner the invoice with the RF reference, and the receipt only once paid', async () => {
    const doc = await feeRequest();
    const invoice = await download(citizen, `/api/requests/${doc.id}/invoice.pdf`);
    expect(invoice.res.status).toBe(200);
    expect(invoice.res.headers.get('content-type')).toBe('application/pdf');
    expect(invoice.res.headers.get('content-disposition')).toMatch(/^attachment; filename="Rechnung-SPM-\d{4}-\d{6}\.pdf"/);
    expect(Buffer.from(invoice.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const { lines } = await pdfText(invoice.bytes);
    expect(lines[lines.indexOf('Verwendungszweck') + 1]).toBe(doc.payment!.creditorReference);
    expect(lines[lines.indexOf('Betrag') + 1]).toBe('30,00 €');

    expect((await download(citizen, `/api/requests/${doc.id}/payment-receipt.pdf`)).res.status).toBe(404);
    await markPaid(portal.store, doc.id, { method: 'transfer', paidCents: 3000, paidAt: '2026-12-01T09:30:00.000Z' });
    const receipt = await download(citizen, `/api/requests/${doc.id}/payment-receipt.pdf`, 'en');
    expect(receipt.res.status).toBe(200);
    const text = await pdfText(receipt.bytes);
    expect(text.lines).toContain('Payment receipt');
    expect(text.lines[text.lines.indexOf('Payment method') + 1]).toBe('Bank transfer');
  });

  it('is nobody else\'s', async () => {
    const doc = await feeRequest();
    expect((await download(other, `/api/requests/${doc.id}/invoice.pdf`)).res.status).toBe(404);
    expect((await download(new ApiClient(portal.url), `/api/requests/${doc.id}/invoice.pdf`)).res.status).toBe(401);
  });
});
