import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PULL_BATCH_SIZE } from '../../domain/sync/sync-protocol';
import type { Portal } from '../portal';
import { ApiClient, sperrmuellDraft } from '../test-support/api-client';
import { startTestPortal } from '../test-support/test-portal';

let portal: Portal;

beforeAll(async () => {
  portal = await startTestPortal({ routing: false });
});
afterAll(() => portal.stop());

describe('pull batches', () => {
  it('brings a citizen\'s 200 requests to a new device in one answer at the batch size the app asks for', async () => {
    const citizen = new ApiClient(portal.url);
    await citizen.register('Paula Pull');
    for (let i = 0; i < 2; i++) {
      const pushed = await citizen.push(Array.from({ length: 100 }, () => ({ assumedMasterState: null, newDocumentState: sperrmuellDraft() })));
      expect(pushed.status).toBe(200);
    }
    // A new device: no checkpoint. RxDB stops after an answer smaller than its batch size.
    const first = await citizen.pull(null, PULL_BATCH_SIZE);
    expect(first.status).toBe(200);
    expect(first.body.documents).toHaveLength(200);
    expect(first.body.documents.length).toBeLessThan(PULL_BATCH_SIZE);
    const after = await citizen.pull(first.body.checkpoint, PULL_BATCH_SIZE);
    expect(after.body.documents).toEqual([]);
  });

  it('caps what a device may ask for at the same size', async () => {
    const citizen = new ApiClient(portal.url);
    await citizen.register('Gustav Gierig');
    const rows = Array.from({ length: PULL_BATCH_SIZE + 10 }, () => ({ assumedMasterState: null, newDocumentState: sperrmuellDraft() }));
    for (let i = 0; i < rows.length; i += 100) expect((await citizen.push(rows.slice(i, i + 100))).status).toBe(200);
    const greedy = await citizen.pull(null, 1_000);
    expect(greedy.status).toBe(200);
    expect(greedy.body.documents).toHaveLength(PULL_BATCH_SIZE);
    const rest = await citizen.pull(greedy.body.checkpoint, 1_000);
    expect(rest.body.documents).toHaveLength(10);
    // Beyond what the contract allows at all is refused at the door, naming the field.
    const absurd = await citizen.pull(null, 10_000);
    expect(absurd.status).toBe(400);
    expect((absurd.body as unknown as { field?: string }).field).toBe('batchSize');
  });
});
