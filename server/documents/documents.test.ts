import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '../portal';
import { ApiClient, sperrmuellDraft } from '../test-support/api-client';
import { pdfText } from '../test-support/pdf-text';
import { startTestPortal } from '../test-support/test-portal';

let portal: Portal;
let citizen: ApiClient;
let other: ApiClient;
let clerk: ApiClient;
let tiefbau: ApiClient;

const routedRequest = () => citizen.sendRouted({ street: 'Konrad-Adenauer-Straße', itemsOther: 'Schrank „Eiche“ 😀' });

async function download(client: ApiClient, path: string, lang = 'de') {
  const res = await fetch(portal.url + path, { headers: { Cookie: client.cookieHeader, 'Accept-Language': lang } });
  return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
}

beforeAll(async () => {
  portal = await startTestPortal();
  citizen = new ApiClient(portal.url);
  await citizen.register('Paula Papier');
  other = new ApiClient(portal.url);
  await other.register('Otto Anders');
  clerk = new ApiClient(portal.url);
  await clerk.login('abfall@stadt-werne.example', 'werne-demo-abfall');
  tiefbau = new ApiClient(portal.url);
  await tiefbau.login('tiefbau@stadt-werne.example', 'werne-demo-tiefbau');
});
afterAll(() => portal.stop());

describe('Eingangsbestätigung', () => {
  it('is a PDF with the city, reference, time received and every answer with its label', async () => {
    const id = await routedRequest();
    const request = (await citizen.current(id))!;
    const { res, bytes } = await download(citizen, `/api/requests/${id}/receipt.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="Eingangsbestaetigung-SPM-\d{4}-\d+\.pdf"/);
    expect(res.headers.get('content-security-policy')).toContain('sandbox');
    const { lines, title } = await pdfText(bytes);
    const text = lines.join('\n');
    expect(title).toBe(`Eingangsbestätigung ${request.reference}`);
    expect(lines[0]).toBe('Stadt Werne');
    expect(lines).toContain('Eingangsbestätigung');
    expect(lines).toContain(request.reference);
    const received = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(new Date(request.receivedAt!));
    expect(lines).toContain(received);
    expect(text).toContain('Konrad-Adenauer-Straße');
    // The embedded DejaVu Sans draws this emoji; one it lacks becomes "?" (pdfa.test.ts).
    expect(text).toContain('Schrank „Eiche“ 😀');
    // Label and answer side by side: the label is its own text run on the same line.
    const labelAt = lines.indexOf('Straße');
    expect(labelAt).toBeGreaterThan(-1);
    expect(lines[labelAt + 1]).toBe('Konrad-Adenauer-Straße');
    expect(lines).toContain('Anlagen');
    expect(lines).toContain('Keine Anlagen.');
  });

  it('speaks the citizen\'s language', async () => {
    const id = await routedRequest();
    const { lines } = await pdfText((await download(citizen, `/api/requests/${id}/receipt.pdf`, 'en')).bytes);
    expect(lines).toContain('Acknowledgment of receipt');
  });

  it('is only for the citizen who made the request, and only once the city holds it', async () => {
    const id = await routedRequest();
    expect((await download(other, `/api/requests/${id}/receipt.pdf`)).res.status).toBe(404);
    expect((await download(clerk, `/api/requests/${id}/receipt.pdf`)).res.status).toBe(403);
    const draft = sperrmuellDraft();
    await citizen.push([{ assumedMasterState: null, newDocumentState: draft }]);
    expect((await download(citizen, `/api/requests/${draft.id}/receipt.pdf`)).res.status).toBe(404);
  });
});

describe('case file', () => {
  it('holds answers, history, messages and files, for the department only', async () => {
    const id = await routedRequest();
    await clerk.call('POST', `/api/clerk/requests/${id}/actions`, { action: 'start', paymentOverride: 'Im Test ohne Zahlung' });
    await clerk.call('POST', `/api/clerk/requests/${id}/messages`, { text: 'Bitte stellen Sie alles an den Straßenrand.' });
    expect((await download(tiefbau, `/api/clerk/requests/${id}/case-file.pdf`)).res.status).toBe(404);
    const { res, bytes } = await download(clerk, `/api/clerk/requests/${id}/case-file.pdf`, 'en');
    expect(res.status).toBe(200);
    const { lines } = await pdfText(bytes);
    const text = lines.join('\n');
    const reference = (await citizen.current(id))!.reference!;
    expect(lines).toContain(`Akte ${reference}`);
    expect(text).toContain('Paula Papier');
    expect(text).toContain('Konrad-Adenauer-Straße');
    for (const heading of ['Verlauf', 'Nachrichten', 'Anlagen']) expect(lines).toContain(heading);
    expect(text).toContain('In Bearbeitung');
    expect(text).toContain('Bitte stellen Sie alles an den Straßenrand.');
  });
});
