import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '../portal';
import { ApiClient } from '../test-support/api-client';
import { pdfText } from '../test-support/pdf-text';
import { caseInProgress } from '../test-support/decide';
import { startTestPortal } from '../test-support/test-portal';

let portal: Portal;
let citizen: ApiClient;
let abfall: ApiClient;
let abfallLead: ApiClient;
let tiefbau: ApiClient;

beforeAll(async () => {
  portal = await startTestPortal();
  citizen = new ApiClient(portal.url);
  await citizen.register('Clara Citizen');
  abfall = new ApiClient(portal.url);
  abfallLead = new ApiClient(portal.url);
  tiefbau = new ApiClient(portal.url);
  expect((await abfall.login('abfall@stadt-werne.example', 'werne-demo-abfall')).status).toBe(200);
  expect((await abfallLead.login('leitung-abfall@stadt-werne.example', 'werne-demo-leitung-abfall')).status).toBe(200);
  expect((await tiefbau.login('tiefbau@stadt-werne.example', 'werne-demo-tiefbau')).status).toBe(200);
});
afterAll(() => portal.stop());

const base = (id: string) => `/api/clerk/requests/${id}`;
const inProgress = () => caseInProgress(citizen, abfall);
const preview = (who: ApiClient, id: string, outcome: string, text: string) => who.call('POST', `${base(id)}/decision/preview`, { outcome, text });
const send = (who: ApiClient, id: string, body: object) => who.call('POST', `${base(id)}/decision`, body);

async function citizenMessages(id: string) {
  const res = await citizen.call('POST', '/api/sync/messages/pull', { checkpoint: null, batchSize: 500 });
  return (res.body.documents as { requestId: string; id: string; text: string; attachment?: { sha256: string } }[]).filter((m) => m.requestId === id);
}

describe('decisions (Bescheide)', () => {
  it('previews the rejection letter, sends exactly it, and the citizen gets status, reasons and the PDF', async () => {
    const id = await inProgress();
    const reasons = 'Die angegebene Adresse liegt nicht in Werne.';
    const shown = await preview(abfall, id, 'reject', reasons);
    expect(shown.status).toBe(200);
    const letter = shown.body.letter;
    expect(letter).toMatchObject({ outcome: 'reject', text: reasons, letterhead: { city: 'Stadt Werne' }, recipient: 'Clara Citizen' });
    expect(letter.reference).toMatch(/^SPM-\d{4}-/);
    expect(letter.remedy.title).toBe('Rechtsbehelfsbelehrung');
    expect(letter.remedy.text).toContain('Verwaltungsgericht Gelsenkirchen');
    // A preview changes nothing.
    expect((await citizen.current(id))?.status).toBe('in_progress');

    const decisionId = randomUUID();
    const sent = await send(abfall, id, { outcome: 'reject', text: reasons, digest: shown.body.digest, decisionId });
    expect(sent.status).toBe(200);
    expect(sent.body.request).toMatchObject({ status: 'rejected', statusReason: reasons, decision: { decisionId, letter } });
    const onDevice = await citizen.current(id);
    expect(onDevice).toMatchObject({ status: 'rejected', statusReason: reasons });
    const [message] = await citizenMessages(id);
    expect(message.attachment?.sha256).toBe(sent.body.request.decision.sha256);

    // The PDF as the clerk (and the citizen) downloads it: letterhead, reference, reasons, remedy, signature.
    const pdf = await fetch(`${portal.url}${base(id)}/messages/${message.id}/attachment`, { headers: { cookie: abfall.cookieHeader } });
    expect(pdf.status).toBe(200);
    const text = (await pdfText(new Uint8Array(await pdf.arrayBuffer()))).lines.join('\n');
    for (const part of ['Stadt Werne', letter.reference, reasons, 'Rechtsbehelfsbelehrung', 'Verwaltungsgericht Gelsenkirchen', letter.signature.name]) expect(text).toContain(part);

    // After closing, the case still shows its decision.
    expect((await abfall.call('GET', base(id))).body.request.decision).toMatchObject({ decisionId, messageId: message.id });
    const trail = (await abfallLead.call('GET', '/api/clerk/audit')).body.entries as { action: string; requestId?: string; detail?: Record<string, string> }[];
    expect(trail.filter((e) => e.requestId === id && e.action === 'decision')).toHaveLength(1);
  });

  it('a completion without own words carries the standard text and no remedy notice', async () => {
    const id = await inProgress();
    const shown = await preview(abfall, id, 'complete', '');
    expect(shown.body.letter.text).toContain('wird entsprochen');
    expect(shown.body.letter).not.toHaveProperty('remedy');
    const sent = await send(abfall, id, { outcome: 'complete', text: '', digest: shown.body.digest, decisionId: randomUUID() });
    expect(sent.body.request.status).toBe('completed');
  });

  it('refuses a bare "complete" or "reject" that skips the letter, with a clear 400', async () => {
    const id = await inProgress();
    for (const body of [{ action: 'complete' }, { action: 'reject', reason: 'Nein.' }]) {
      const forged = await abfall.call('POST', `${base(id)}/actions`, body);
      expect(forged.status).toBe(400);
      expect(forged.body.error).toBe('decision_required');
      expect(forged.body.message).toContain('Bescheid');
    }
    expect((await citizen.current(id))?.status).toBe('in_progress');
  });

  it('refuses a letter other than the one previewed, and forged or extra fields', async () => {
    const id = await inProgress();
    const shown = await preview(abfall, id, 'reject', 'Grund A');
    const swapped = await send(abfall, id, { outcome: 'reject', text: 'Grund B', digest: shown.body.digest, decisionId: randomUUID() });
    expect(swapped.status).toBe(409);
    expect(swapped.body.error).toBe('preview_stale');
    const extra = await send(abfall, id, { outcome: 'reject', text: 'Grund A', digest: shown.body.digest, decisionId: randomUUID(), status: 'completed' });
    expect(extra.status).toBe(400);
    const noReason = await preview(abfall, id, 'reject', '   ');
    expect(noReason.status).toBe(400);
    expect(noReason.body.problems[0]).toMatchObject({ field: 'decisionText', code: 'required' });
    const badOutcome = await preview(abfall, id, 'forward', 'x');
    expect(badOutcome.status).toBe(400);
    expect((await citizen.current(id))?.status).toBe('in_progress');
    expect(await citizenMessages(id)).toEqual([]);
  });

  it('keeps another department and citizens out', async () => {
    const id = await inProgress();
    const shown = await preview(abfall, id, 'complete', '');
    expect((await preview(tiefbau, id, 'complete', '')).status).toBe(404);
    expect((await send(tiefbau, id, { outcome: 'complete', text: '', digest: shown.body.digest, decisionId: randomUUID() })).status).toBe(404);
    expect((await send(citizen, id, { outcome: 'complete', text: '', digest: shown.body.digest, decisionId: randomUUID() })).status).toBe(403);
    expect((await citizen.current(id))?.status).toBe('in_progress');
  });

  it('a double submit sends one letter; two clerks deciding at once: one wins, the other gets 409', async () => {
    const id = await inProgress();
    const shown = await preview(abfall, id, 'complete', 'Abholung bestätigt.');
    const body = { outcome: 'complete', text: 'Abholung bestätigt.', digest: shown.body.digest, decisionId: randomUUID() };
    const [a, b] = await Promise.all([send(abfall, id, body), send(abfall, id, body)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect((await send(abfall, id, body)).status).toBe(200);
    expect(await citizenMessages(id)).toHaveLength(1);

    const other = await inProgress();
    const [p1, p2] = await Promise.all([preview(abfall, other, 'complete', ''), preview(abfallLead, other, 'reject', 'Doch nicht.')]);
    const [r1, r2] = await Promise.all([
      send(abfall, other, { outcome: 'complete', text: '', digest: p1.body.digest, decisionId: randomUUID() }),
      send(abfallLead, other, { outcome: 'reject', text: 'Doch nicht.', digest: p2.body.digest, decisionId: randomUUID() }),
    ]);
    expect([r1.status, r2.status].sort()).toEqual([200, 409]);
    const winner = r1.status === 200 ? 'completed' : 'rejected';
    expect((await citizen.current(other))?.status).toBe(winner);
    expect(await citizenMessages(other)).toHaveLength(1);
  });

  it('cannot decide a case that is not in work yet or already closed', async () => {
    const id = await citizen.sendRouted();
    const early = await preview(abfall, id, 'complete', '');
    expect(early.status).toBe(409);
    expect(early.body.problems[0]).toMatchObject({ field: 'outcome', code: 'notNow' });
  });
});
