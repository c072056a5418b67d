import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestDoc } from '../../domain/request/request-document';
import type { SyncedDoc } from '../../domain/sync/sync-protocol';
import { ApiClient, eventually, pickupDay, sperrmuellDraft, submitted } from '../test-support/api-client';
import { startMultiMasterRig, type MultiMasterRig } from '../test-support/multi-master-rig';
import { documentsWithConflicts, invariantViolations, requestsOf } from '../test-support/rig-checks';

/**
 * Submissions per run: 60 in `npm test` (about half a minute), `RIG_SUBMISSIONS=500 npm run
 * test:rig` for the full size.
 */
const N = Number(process.env.RIG_SUBMISSIONS) || 60;

let rig: MultiMasterRig;
beforeAll(async () => {
  // Two workers at once, each on its own store: what a lapsed lease under a partition looks like.
  rig = await startMultiMasterRig({ workerOptions: { ignoreLease: true } });
}, 120_000);
afterAll(() => rig?.stop());

describe('two stores replicating to each other, a portal and a worker on each', () => {
  it(`routes ${N} submissions made through both portals to ${N} distinct Aktenzeichen, slots within capacity, no conflict left`, { timeout: Math.max(120_000, N * 4_000) }, async () => {
    const [a, b] = rig.portals;
    const citizens = [new ApiClient(a.url), new ApiClient(b.url)];
    for (const c of citizens) await c.register();
    // Few pickup days, so both workers fight over the same slots and over the same counter.
    const days = [pickupDay(), pickupDay(), pickupDay()];
    const docs: SyncedDoc<RequestDoc>[] = [];
    for (let i = 0; i < N; i++) {
      const draft = sperrmuellDraft();
      docs.push(submitted({ ...draft, answers: { ...draft.answers, pickupSlot: days[i % days.length] } }));
    }
    const started = Date.now();
    const pushes = [];
    for (let i = 0; i < N; i += 10) {
      const client = citizens[(i / 10) % 2];
      pushes.push(client.push(docs.slice(i, i + 10).map((d) => ({ assumedMasterState: null, newDocumentState: d }))));
    }
    for (const res of await Promise.all(pushes)) expect(res.status, JSON.stringify(res.body)).toBe(200);

    const settled = await eventually(
      async () => {
        for (const p of rig.portals) {
          const routed = (await requestsOf(p.store)).filter((r) => r.status !== 'submitted' && r.reference);
          if (routed.length < N) return undefined;
          if ((await documentsWithConflicts(p.store)).length) return undefined;
          if ((await invariantViolations(p.store)).length) return undefined;
        }
        return true;
      },
      N * 2_000,
      'the rig to settle',
    ).catch(() => false);
    const seconds = (Date.now() - started) / 1000;
    await rig.quiesce();
    for (const p of rig.portals) {
      expect(await documentsWithConflicts(p.store)).toEqual([]);
      expect(await invariantViolations(p.store)).toEqual([]);
      const requests = await requestsOf(p.store);
      expect(requests).toHaveLength(N);
      expect(requests.filter((r) => !r.reference)).toEqual([]);
      expect(new Set(requests.map((r) => r.reference)).size).toBe(N);
    }
    expect(settled).toBe(true);
    const stats = rig.portals.map((p) => p.worker?.resolver()?.stats);
    const resolved = stats.reduce((n, s) => n + (s?.resolved ?? 0), 0);
    const removed = stats.reduce((n, s) => n + (s?.leavesRemoved ?? 0), 0);
    console.log(`rig: ${N} submissions, ${N} distinct Aktenzeichen, ${resolved} conflicted documents resolved (${removed} losing leaves removed), settled in ${seconds.toFixed(1)} s`);
    // Two workers on two stores really did collide: otherwise this test proves nothing.
    expect(resolved).toBeGreaterThan(0);
  });

  it('keeps both of two concurrent draft edits made through different portals, one as take-over text', async () => {
    const [a, b] = rig.portals;
    const phone = new ApiClient(a.url);
    await phone.register();
    const draft = sperrmuellDraft();
    expect((await phone.push([{ assumedMasterState: null, newDocumentState: draft }])).status).toBe(200);
    await rig.quiesce();
    // The same session on a second device, talking to the other portal (sessions replicate too).
    const laptop = new ApiClient(b.url);
    Object.assign(laptop, { cookie: phone.cookieHeader });
    const master = await eventually(() => laptop.current(draft.id), 20_000, 'the draft on the other store');
    const edit = (volume: string) => ({ ...master, answers: { ...master.answers, volume }, updatedAt: new Date().toISOString() });
    // Both edits while the stores can't see each other (else the second portal may already hold
    // the first edit and answer it as a conflict to the device, the single-store case).
    await rig.partition();
    const [one, two] = await Promise.all([
      phone.push([{ assumedMasterState: master, newDocumentState: edit('3') }]),
      laptop.push([{ assumedMasterState: master, newDocumentState: edit('7,5') }]),
    ]);
    await rig.resume();
    expect(one.body.conflicts).toEqual([]);
    expect(two.body.conflicts).toEqual([]);
    await rig.quiesce();
    const merged = await eventually(async () => {
      const docs = await Promise.all([phone.current(draft.id), laptop.current(draft.id)]);
      const [x, y] = docs;
      return x && y && x.serverRev === y.serverRev && x.keptAnswers ? x : undefined;
    }, 20_000, 'the merge on both stores');
    expect([merged.answers.volume, merged.keptAnswers?.volume].sort()).toEqual(['3', '7,5']);
    for (const p of rig.portals) expect(await documentsWithConflicts(p.store)).toEqual([]);
  }, 60_000);
});
