import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageDoc } from '../../domain/messages/message-document';
import type { Portal } from '../portal';
import { ApiClient } from '../test-support/api-client';
import { startTestPortal } from '../test-support/test-portal';
import { decideCase } from '../test-support/decide';

let portal: Portal;
let citizen: ApiClient;
let stranger: ApiClient;
let clerk: ApiClient;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

const routedRequest = () => citizen.sendRouted();

async function pullMessages(client: ApiClient, checkpoint: { seq: string } | null = null) {
  const res = await client.call('POST', '/api/sync/messages/pull', { checkpoint, batchSize: 200 });
  expect(res.status).toBe(200);
  return res.body as { documents: (MessageDoc & { _deleted: boolean })[]; checkpoint: { seq: string } };
}

const reply = (requestId: string, text: string): MessageDoc & { _deleted: boolean } => ({
  id: randomUUID(),
  requestId,
  from: 'citizen',
  text,
  createdAt: new Date().toISOString(),
  _deleted: false,
});

async function upload(requestId: string, body: Buffer, name = 'Bescheid Müller.pdf') {
  const res = await fetch(`${portal.url}/api/clerk/requests/${requestId}/attachments`, {
    method: 'POST',
    headers: { Cookie: clerk.cookieHeader, 'Content-Type': 'application/pdf', 'X-File-Name': encodeURIComponent(name) },
    body: new Uint8Array(body),
  });
  return { status: res.status, body: await res.json() };
}

beforeAll(async () => {
  portal = await startTestPortal();
  citizen = new ApiClient(portal.url);
  await citizen.register('Mia Mitteilung');
  stranger = new ApiClient(portal.url);
  await stranger.register('Sam Fremd');
  clerk = new ApiClient(portal.url);
  await clerk.login('abfall@stadt-werne.example', 'werne-demo-abfall');
});
afterAll(() => portal.stop());

describe('message thread', () => {
  it('brings the clerk\'s message with its PDF to the device, and the reply back to the clerk', async () => {
    const id = await routedRequest();
    const up = await upload(id, PDF);
    expect(up.status).toBe(201);
    const sent = await clerk.call('POST', `/api/clerk/requests/${id}/messages`, { text: 'Ihr Bescheid liegt bei.', uploadId: up.body.upload.id });
    expect(sent.status).toBe(201);
    const { documents, checkpoint } = await pullMessages(citizen);
    const onDevice = documents.find((d) => d.requestId === id)!;
    expect(onDevice).toMatchObject({ from: 'clerk', text: 'Ihr Bescheid liegt bei.', department: 'abfall', attachment: { name: 'Bescheid Müller.pdf', size: PDF.length } });
    expect(onDevice).not.toHaveProperty('authorId');
    expect(onDevice).not.toHaveProperty('owner');

    const file = await fetch(`${portal.url}/api/messages/${onDevice.id}/attachment`, { headers: { Cookie: citizen.cookieHeader } });
    expect(file.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(file.headers.get('content-security-policy')).toContain('sandbox');
    expect(Buffer.from(await file.arrayBuffer()).equals(PDF)).toBe(true);
    expect((await fetch(`${portal.url}/api/messages/${onDevice.id}/attachment`, { headers: { Cookie: stranger.cookieHeader } })).status).toBe(404);

    const answer = reply(id, 'Danke, angekommen.');
    expect((await citizen.call('POST', '/api/sync/messages/push', { rows: [{ assumedMasterState: null, newDocumentState: answer }] })).body).toEqual({ conflicts: [] });
    const thread = (await clerk.call('GET', `/api/clerk/requests/${id}/messages`)).body.messages;
    expect(thread.map((m: { from: string; text: string }) => `${m.from}: ${m.text}`)).toEqual(['clerk: Ihr Bescheid liegt bei.', 'citizen: Danke, angekommen.']);
    // The next pull brings only what is new: the device's own reply, as the server stored it.
    const next = await pullMessages(citizen, checkpoint);
    expect(next.documents.map((d) => d.text)).toEqual(['Danke, angekommen.']);
  });

  it('takes a reply written offline once, however often the device sends it', async () => {
    const id = await routedRequest();
    const answer = reply(id, 'Offline geschrieben.');
    const row = { assumedMasterState: null, newDocumentState: answer };
    await citizen.call('POST', '/api/sync/messages/push', { rows: [row] });
    expect((await citizen.call('POST', '/api/sync/messages/push', { rows: [row] })).body).toEqual({ conflicts: [] });
    const changed = await citizen.call('POST', '/api/sync/messages/push', { rows: [{ assumedMasterState: null, newDocumentState: { ...answer, text: 'geändert' } }] });
    expect(changed.body.conflicts[0].text).toBe('Offline geschrieben.');
    expect((await clerk.call('GET', `/api/clerk/requests/${id}/messages`)).body.messages).toHaveLength(1);
  });

  it('refuses messages to someone else\'s request, posing as the clerk, or on a closed request', async () => {
    const id = await routedRequest();
    const foreign = await stranger.call('POST', '/api/sync/messages/push', { rows: [{ assumedMasterState: null, newDocumentState: reply(id, 'Hallo') }] });
    expect(foreign.status).toBe(403);
    const posing = await citizen.call('POST', '/api/sync/messages/push', { rows: [{ assumedMasterState: null, newDocumentState: { ...reply(id, 'Genehmigt!'), from: 'clerk' } }] });
    expect(posing.status).toBe(400);
    await decideCase(clerk, id, 'reject', 'Nicht zuständig.');
    const late = await citizen.call('POST', '/api/sync/messages/push', { rows: [{ assumedMasterState: null, newDocumentState: reply(id, 'Aber…') }] });
    expect(late.status).toBe(400);
    expect(late.body.problems[0]).toMatchObject({ field: 'requestId', code: 'closed' });
    // Only the decision letter the rejection sent; nothing of the citizen's late reply.
    expect((await clerk.call('GET', `/api/clerk/requests/${id}/messages`)).body.messages.map((m: { from: string; attachment: unknown }) => [m.from, Boolean(m.attachment)])).toEqual([['clerk', true]]);
    expect((await pullMessages(stranger)).documents).toEqual([]);
  });

  it('accepts only real PDFs as attachments', async () => {
    const id = await routedRequest();
    const fake = await upload(id, Buffer.from('<script>alert(1)</script>'), 'Bescheid.pdf');
    expect(fake.status).toBe(400);
    expect(fake.body.problems[0]).toMatchObject({ field: 'attachment', code: 'notPdf', message: 'Die Anlage muss eine PDF-Datei sein.' });
  });
});

describe('answering a question', () => {
  it('puts the request back into the department\'s work once the citizen replies, and only then', async () => {
    const id = await routedRequest();
    const act = (body: object) => clerk.call('POST', `/api/clerk/requests/${id}/actions`, body);
    expect((await act({ action: 'start', paymentOverride: 'Im Test ohne Zahlung' })).status).toBe(200);
    expect((await act({ action: 'askForInfo', reason: 'Sind Elektrogeräte dabei?' })).status).toBe(200);
    // A message from the clerk is no answer.
    await clerk.call('POST', `/api/clerk/requests/${id}/messages`, { text: 'Wir warten auf Ihre Antwort.' });
    expect(await citizen.current(id)).toMatchObject({ status: 'needs_info', statusReason: 'Sind Elektrogeräte dabei?' });

    const answer = reply(id, 'Ja, ein Kühlschrank.');
    expect((await citizen.call('POST', '/api/sync/messages/push', { rows: [{ assumedMasterState: null, newDocumentState: answer }] })).status).toBe(200);
    const doc = await citizen.current(id);
    expect(doc?.status).toBe('in_progress');
    expect(doc).not.toHaveProperty('statusReason');
    expect(doc?.history.at(-1)).toMatchObject({ status: 'in_progress', actor: 'system', reason: 'answered' });
    const inbox = await clerk.call('GET', `/api/clerk/requests/${id}`);
    expect(inbox.body.request.status).toBe('in_progress');

    // A second reply while in progress changes nothing.
    await citizen.call('POST', '/api/sync/messages/push', { rows: [{ assumedMasterState: null, newDocumentState: reply(id, 'Und eine Waschmaschine.') }] });
    expect((await citizen.current(id))?.history.filter((h) => h.reason === 'answered')).toHaveLength(1);
  });
});

describe('internal notes', () => {
  it('never reach the citizen, by any sync endpoint', async () => {
    const id = await routedRequest();
    const secret = `Interne Notiz ${randomUUID()}`;
    expect((await clerk.call('POST', `/api/clerk/requests/${id}/notes`, { text: secret })).status).toBe(201);
    await clerk.call('POST', `/api/clerk/requests/${id}/messages`, { text: 'Eine Nachricht für Sie.' });
    await clerk.call('POST', `/api/clerk/requests/${id}/assignment`, { action: 'assignToMe' });
    expect((await clerk.call('GET', `/api/clerk/requests/${id}/notes`)).body.notes.map((n: { text: string }) => n.text)).toEqual([secret]);
    const everything = JSON.stringify([
      (await citizen.call('POST', '/api/sync/requests/pull', { checkpoint: null, batchSize: 200 })).body,
      await pullMessages(citizen),
    ]);
    expect(everything).toContain('Eine Nachricht für Sie.');
    expect(everything).not.toContain(secret);
    expect(everything).not.toContain('Interne Notiz');
    expect((await citizen.call('GET', `/api/clerk/requests/${id}/notes`)).status).toBe(403);
  });
});
