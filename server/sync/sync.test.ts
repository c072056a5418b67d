import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '../portal';
import { ApiClient, eventually, sperrmuellDraft, submitted } from '../test-support/api-client';
import { startTestPortal } from '../test-support/test-portal';

let portal: Portal;
let anna: ApiClient;
let ben: ApiClient;

beforeAll(async () => {
  portal = await startTestPortal({ routing: false });
  anna = new ApiClient(portal.url);
  ben = new ApiClient(portal.url);
  await anna.register('Anna');
  await ben.register('Ben');
});
afterAll(() => portal.stop());

describe('sync endpoints', () => {
  it('stores a pushed draft and gives it back to its owner only', async () => {
    const draft = sperrmuellDraft();
    const push = await anna.push([{ assumedMasterState: null, newDocumentState: draft }]);
    expect(push.status).toBe(200);
    expect(push.body.conflicts).toEqual([]);

    const mine = await anna.current(draft.id);
    expect(mine).toMatchObject({ id: draft.id, answers: draft.answers, status: 'draft', _deleted: false });
    expect(mine?.serverRev).toMatch(/^1-/);
    expect(mine).not.toHaveProperty('owner');
    expect(await ben.current(draft.id)).toBeUndefined();
  });

  it('continues from the checkpoint: a second pull brings only what changed since', async () => {
    const first = await anna.pull(null);
    const draft = sperrmuellDraft();
    await anna.push([{ assumedMasterState: null, newDocumentState: draft }]);
    const next = await anna.pull(first.body.checkpoint);
    expect(next.body.documents.map((d) => d.id)).toEqual([draft.id]);
    const empty = await anna.pull(next.body.checkpoint);
    expect(empty.body.documents).toEqual([]);
  });

  it('never lets one citizen overwrite another\'s request', async () => {
    const draft = sperrmuellDraft();
    await anna.push([{ assumedMasterState: null, newDocumentState: draft }]);
    const master = (await anna.current(draft.id))!;
    const attack = await ben.push([{ assumedMasterState: master, newDocumentState: { ...master, answers: { volume: '5' } } }]);
    expect(attack.status).toBe(403);
    expect(attack.body.error).toBe('forbidden');
    expect((await anna.current(draft.id))?.answers).toEqual(draft.answers);
  });

  it('refuses forged server-owned fields and statuses with reasons, storing nothing', async () => {
    const forged = sperrmuellDraft({ status: 'received', reference: 'SPM-2026-999999', department: 'stadtkasse' });
    const res = await anna.push([{ assumedMasterState: null, newDocumentState: forged }]);
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('invalid_document');
    expect(res.body.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: forged.id, field: 'status', code: 'transition' }),
        expect.objectContaining({ id: forged.id, field: 'reference', code: 'serverOwned' }),
        expect.objectContaining({ id: forged.id, field: 'department', code: 'serverOwned' }),
      ]),
    );
    expect(await anna.current(forged.id)).toBeUndefined();
  });

  it('refuses two rows for one document in one push, keeps the stored draft, and the store stays readable', async () => {
    const draft = sperrmuellDraft();
    expect((await anna.push([{ assumedMasterState: null, newDocumentState: draft }])).status).toBe(200);
    const master = (await anna.current(draft.id))!;
    const edit = (volume: string) => ({ assumedMasterState: master, newDocumentState: { ...master, answers: { ...master.answers, volume } } });
    const res = await anna.push([edit('3'), edit('7,5')]);
    expect(res.status).toBe(400);
    expect(res.body.problems).toContainEqual({ id: draft.id, field: 'id', code: 'duplicateId' });
    expect((await anna.current(draft.id))?.answers.volume).toBe(master.answers.volume);
    // Both revisions in one _bulk_docs used to leave a refused one behind as a body-less leaf
    // (a phantom conflict; where it won, every changes feed reaching it crashed the store).
    expect(await portal.store.requests.get(draft.id, { conflicts: true })).not.toHaveProperty('_conflicts');
    const feed = await portal.store.server.request({
      db: portal.store.names.requests,
      path: '_changes',
      method: 'POST',
      qs: { filter: '_doc_ids', include_docs: true, conflicts: true },
      body: { doc_ids: [draft.id] },
    });
    expect(feed.results.map((r: { id: string }) => r.id)).toEqual([draft.id]);
  });

  it('refuses documents that do not match the schema, naming the field', async () => {
    const bad = { ...sperrmuellDraft(), owner: 'someone-else' } as never;
    const res = await anna.push([{ assumedMasterState: null, newDocumentState: bad }]);
    expect(res.status).toBe(400);
    expect(res.body.problems[0]).toMatchObject({ field: 'owner', code: 'schema:additionalProperties' });
    const notUuid = await anna.push([{ assumedMasterState: null, newDocumentState: sperrmuellDraft({ id: '../_design/x' }) }]);
    expect(notUuid.status).toBe(400);
  });

  it('answers a stale push with the master state as a conflict, and keeps the master', async () => {
    const draft = sperrmuellDraft();
    await anna.push([{ assumedMasterState: null, newDocumentState: draft }]);
    const v1 = (await anna.current(draft.id))!;
    await anna.push([{ assumedMasterState: v1, newDocumentState: { ...v1, answers: { ...v1.answers, volume: '3' } } }]);
    const stale = await anna.push([{ assumedMasterState: v1, newDocumentState: { ...v1, answers: { ...v1.answers, volume: '4' } } }]);
    expect(stale.status).toBe(200);
    expect(stale.body.conflicts).toHaveLength(1);
    expect(stale.body.conflicts[0].answers.volume).toBe('3');
    expect((await anna.current(draft.id))?.answers.volume).toBe('3');
  });

  it('accepts a device\'s consecutive saves that assume its own last push, without a conflict', async () => {
    const draft = sperrmuellDraft();
    await anna.push([{ assumedMasterState: null, newDocumentState: draft }]);
    // RxDB assumes the state it pushed (it never sees the revision the server made of it).
    let assumed = draft;
    for (const volume of ['1', '1,5', '2']) {
      const next = { ...assumed, answers: { ...assumed.answers, volume }, updatedAt: new Date().toISOString() };
      const res = await anna.push([{ assumedMasterState: assumed, newDocumentState: next }]);
      expect(res.body.conflicts).toEqual([]);
      assumed = next;
    }
    expect((await anna.current(draft.id))?.answers.volume).toBe('2');
  });

  it('freezes a sent request\'s answers and refuses a device-made status', async () => {
    const draft = submitted(sperrmuellDraft());
    await anna.push([{ assumedMasterState: null, newDocumentState: draft }]);
    const sent = (await anna.current(draft.id))!;
    expect(sent.history).toEqual([expect.objectContaining({ status: 'submitted', actor: 'citizen' })]);
    const edit = await anna.push([{ assumedMasterState: sent, newDocumentState: { ...sent, answers: { volume: '1' } } }]);
    expect(edit.status).toBe(400);
    const selfApprove = await anna.push([{ assumedMasterState: sent, newDocumentState: { ...sent, status: 'completed' } }]);
    expect(selfApprove.status).toBe(400);
    const withdraw = await anna.push([{ assumedMasterState: sent, newDocumentState: { ...sent, status: 'withdrawn' } }]);
    expect(withdraw.status).toBe(200);
    expect((await anna.current(draft.id))?.status).toBe('withdrawn');
  });

  it('keeps a deleted draft as a tombstone the owner\'s devices learn about', async () => {
    const draft = sperrmuellDraft();
    await anna.push([{ assumedMasterState: null, newDocumentState: draft }]);
    const v1 = (await anna.current(draft.id))!;
    await anna.push([{ assumedMasterState: v1, newDocumentState: { ...v1, _deleted: true } }]);
    expect((await anna.current(draft.id))?._deleted).toBe(true);
  });

  it('needs a citizen login', async () => {
    const stranger = new ApiClient(portal.url);
    expect((await stranger.pull()).status).toBe(401);
    const clerk = new ApiClient(portal.url);
    await clerk.login('abfall@stadt-werne.example', 'werne-demo-abfall');
    expect((await clerk.pull()).status).toBe(403);
  });

  it('tells a connected device through the live stream when its data changed', async () => {
    const controller = new AbortController();
    const res = await fetch(portal.url + '/api/sync/stream', { headers: { Cookie: anna.cookieHeader }, signal: controller.signal });
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = res.body!.getReader();
    let received = '';
    const reading = (async () => {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        received += new TextDecoder().decode(value);
      }
    })().catch(() => undefined);
    await new Promise((r) => setTimeout(r, 200));
    await ben.push([{ assumedMasterState: null, newDocumentState: sperrmuellDraft() }]);
    await new Promise((r) => setTimeout(r, 500));
    expect(received).not.toContain('event: changed'); // Ben's change is none of Anna's business
    await anna.push([{ assumedMasterState: null, newDocumentState: sperrmuellDraft() }]);
    await eventually(async () => received.includes('event: changed'), 5_000, 'change event');
    controller.abort();
    await reading;
  });
});
