import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '../portal';
import { ApiClient } from '../test-support/api-client';
import { caseInProgress } from '../test-support/decide';
import { startTestPortal } from '../test-support/test-portal';

/**
 * A decision is claimed before the case's status is written (one letter per case). A process
 * that dies between the two leaves a claim behind; the clerk's page, reloaded, sends under a new
 * decision id. That must not block the case for good, nor let two letters go out.
 */
let portal: Portal;
let citizen: ApiClient;
let abfall: ApiClient;

beforeAll(async () => {
  portal = await startTestPortal();
  citizen = new ApiClient(portal.url);
  await citizen.register('Carla Crash');
  abfall = new ApiClient(portal.url);
  expect((await abfall.login('abfall@stadt-werne.example', 'werne-demo-abfall')).status).toBe(200);
});
afterAll(() => portal.stop());

const base = (id: string) => `/api/clerk/requests/${id}`;
const inProgress = () => caseInProgress(citizen, abfall);
async function decideNow(id: string, outcome: 'complete' | 'reject', text: string) {
  // On a decided case the preview is refused; the send is still tried, as a stale page would.
  const shown = await abfall.call('POST', `${base(id)}/decision/preview`, { outcome, text });
  return abfall.call('POST', `${base(id)}/decision`, { outcome, text, digest: shown.body.digest ?? 'f'.repeat(64), decisionId: randomUUID() });
}
async function lettersFor(id: string): Promise<number> {
  const res = await citizen.call('POST', '/api/sync/messages/pull', { checkpoint: null, batchSize: 500 });
  return (res.body.documents as { requestId: string; attachment?: unknown }[]).filter((m) => m.requestId === id && m.attachment).length;
}
/** What a process leaves behind that claimed a decision and died before writing the status. */
async function leaveClaim(id: string, minutesAgo: number): Promise<void> {
  const shown = await abfall.call('POST', `${base(id)}/decision/preview`, { outcome: 'reject', text: 'Unvollständig.' });
  await portal.store.internal.insert({
    _id: `decision:${id}`,
    type: 'decision',
    requestId: id,
    decisionId: randomUUID(),
    letter: shown.body.letter,
    digest: shown.body.digest,
    decidedAt: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
    actorId: 'crashed-process',
    actorName: 'Abfallberatung',
    messageId: randomUUID(),
    sha256: '',
    state: 'claimed',
  } as never);
}

describe('a decision claim left by a crashed send', () => {
  it('blocks the case only while the send may still be running; after that the clerk decides it again', async () => {
    const running = await inProgress();
    await leaveClaim(running, 0);
    expect((await decideNow(running, 'complete', '')).status).toBe(409);
    expect((await citizen.current(running))?.status).toBe('in_progress');

    const abandoned = await inProgress();
    await leaveClaim(abandoned, 10);
    const sent = await decideNow(abandoned, 'complete', 'Abholung bestätigt.');
    expect(sent.status).toBe(200);
    expect((await citizen.current(abandoned))?.status).toBe('completed');
    expect(await lettersFor(abandoned)).toBe(1);
    // Decided now: a third send is refused and sends nothing.
    expect((await decideNow(abandoned, 'reject', 'Doch nicht.')).status).toBe(409);
    expect(await lettersFor(abandoned)).toBe(1);
  });

  it('a case decided by a send that died before its letter went out gets that letter, once, and no second decision', async () => {
    const id = await inProgress();
    expect((await decideNow(id, 'complete', 'Abholung bestätigt.')).status).toBe(200);
    // Roll the record back to "claimed, long ago" and take the letter away: the crash, replayed.
    const claim = await portal.store.internal.get(`decision:${id}`);
    const letter = await portal.store.messages.get((claim as unknown as { messageId: string }).messageId);
    await portal.store.messages.destroy(letter._id, letter._rev);
    await portal.store.internal.insert({ ...claim, state: 'claimed', decidedAt: new Date(Date.now() - 10 * 60_000).toISOString() } as never);
    expect(await lettersFor(id)).toBe(0);

    expect((await decideNow(id, 'reject', 'Doch nicht.')).status).toBe(409);
    expect((await citizen.current(id))?.status).toBe('completed');
    expect(await lettersFor(id)).toBe(1);
  });
});
