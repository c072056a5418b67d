import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '../portal';
import type { StoredRequest } from '../requests';
import { ApiClient, eventually, sperrmuellDraft, submitted } from '../test-support/api-client';
import { startTestPortal, uniquePrefix } from '../test-support/test-portal';
import { verifyAudit } from './audit-trail';

const CLERKS = 20;
const ACTIONS_EACH = 5;
let portal: Portal;
let ids: string[] = [];

beforeAll(async () => {
  portal = await startTestPortal({ prefix: uniquePrefix() });
  const citizen = new ApiClient(portal.url);
  await citizen.register();
  const docs = Array.from({ length: CLERKS * ACTIONS_EACH }, () =>
    submitted(
      sperrmuellDraft({
        id: randomUUID(),
        serviceId: 'maengelmelder',
        catalogueVersion: 1,
        answers: { category: 'muell', locateBy: 'adresse', street: 'Steinstraße', description: 'Sofa am Straßenrand', wantsFeedback: 'nein' },
      }),
    ),
  );
  for (let i = 0; i < docs.length; i += 50) {
    const res = await citizen.push(docs.slice(i, i + 50).map((d) => ({ assumedMasterState: null, newDocumentState: d })));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  }
  ids = docs.map((d) => d.id);
  await eventually(async () => {
    const rows = await portal.store.requests.fetch({ keys: ids });
    return rows.rows.every((r) => 'doc' in r && (r.doc as StoredRequest).status === 'received');
  }, 30_000, 'routing');
}, 60_000);
afterAll(() => portal?.stop());

describe('audit trail under 20 clerks acting at once', () => {
  it('answers every one of 100 decisions, and the trail holds each of them', async () => {
    const clerks = await Promise.all(
      Array.from({ length: CLERKS }, async () => {
        const clerk = new ApiClient(portal.url);
        expect((await clerk.login('abfall@stadt-werne.example', 'werne-demo-abfall')).status).toBe(200);
        return clerk;
      }),
    );
    const statuses = await Promise.all(
      clerks.map(async (clerk, c) => {
        const mine: number[] = [];
        for (let k = 0; k < ACTIONS_EACH; k++) {
          const res = await clerk.call('POST', `/api/clerk/requests/${ids[c * ACTIONS_EACH + k]}/actions`, { action: 'start', reason: '' });
          mine.push(res.status);
        }
        return mine;
      }),
    );
    expect(statuses.flat().filter((s) => s !== 200)).toEqual([]);
    const check = await verifyAudit(portal.store, 'abfall');
    expect(check).toMatchObject({ ok: true });
    const entries = await portal.store.audit.find({ selector: { department: 'abfall', action: 'start' }, limit: 1000 } as never);
    expect(new Set(entries.docs.map((d: { requestId: string }) => d.requestId))).toEqual(new Set(ids));
    expect(entries.docs).toHaveLength(ids.length);
  }, 120_000);

  it('finds a decision stored without its entry, and the worker then derives the entry', async () => {
    const lead = new ApiClient(portal.url);
    expect((await lead.login('leitung-abfall@stadt-werne.example', 'werne-demo-leitung-abfall')).status).toBe(200);
    // A process that stored a decision and died before chaining it: the decision is in the request, the trail lacks it.
    const worker = portal.worker!;
    await worker.stop();
    const doc = (await portal.store.requests.get(ids[0])) as StoredRequest;
    const decision = { id: randomUUID(), at: new Date().toISOString(), department: 'abfall', actorId: 'u-gone', actorName: 'Sachbearbeitung', action: 'complete' };
    await portal.store.requests.insert({ ...doc, status: 'completed', decisions: [...(doc.decisions ?? []), decision] });
    const broken = (await lead.call('GET', '/api/clerk/audit')).body.verification;
    expect(broken).toMatchObject({ ok: false, missing: 1 });
    // The worker (here: this process taking its role up again) derives the missing entry from the request.
    const again = await (await import('../roles')).startWorkerRole(portal.store, portal.logger);
    try {
      await eventually(async () => (await lead.call('GET', '/api/clerk/audit')).body.verification.ok, 15_000, 'the derived entry');
      expect((await verifyAudit(portal.store, 'abfall')).missing).toBeUndefined();
    } finally {
      await again.stop();
    }
  }, 60_000);
});
