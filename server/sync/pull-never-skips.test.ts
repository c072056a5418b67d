import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '../portal';
import { ApiClient, sperrmuellDraft } from '../test-support/api-client';
import { startTestPortal } from '../test-support/test-portal';

let portal: Portal;
const email = `twodevices-${Date.now()}@example.org`;
const password = 'correct horse battery';

beforeAll(async () => {
  portal = await startTestPortal({ routing: false });
  const first = new ApiClient(portal.url);
  const res = await first.call('POST', '/api/auth/register', { email, password, name: 'Zwei Geräte' });
  expect(res.status).toBe(201);
});
afterAll(() => portal.stop());

async function device(): Promise<ApiClient> {
  const client = new ApiClient(portal.url);
  expect((await client.login(email, password)).status).toBe(200);
  return client;
}

describe('pull while another device creates drafts', () => {
  it('a second device pulling in a loop ends with every draft the first one created', async () => {
    const [phone, laptop] = await Promise.all([device(), device()]);
    const created: string[] = [];
    let done = false;
    const creating = (async () => {
      // Four pushes in flight at a time, a few drafts each, the way a busy device's queue sends them.
      const lanes = Array.from({ length: 4 }, async () => {
        while (created.length < 300) {
          const drafts = Array.from({ length: 3 }, () => sperrmuellDraft());
          created.push(...drafts.map((d) => d.id));
          const res = await phone.push(drafts.map((draft) => ({ assumedMasterState: null, newDocumentState: draft })));
          expect(res.status).toBe(200);
        }
      });
      await Promise.all(lanes);
      done = true;
    })();

    const seen = new Set<string>();
    let checkpoint: { seq: string } | null = null;
    const pullOnce = async () => {
      const res = await laptop.pull(checkpoint, 50);
      expect(res.status).toBe(200);
      for (const doc of res.body.documents) seen.add(doc.id);
      checkpoint = res.body.checkpoint;
      return res.body.documents.length;
    };
    while (!done) await pullOnce();
    await creating;
    // Catch up from the last checkpoint only, as the device's replication does.
    while ((await pullOnce()) > 0);

    const missing = created.filter((id) => !seen.has(id));
    expect(missing).toEqual([]);
  }, 120_000);
});

describe('checkpoints are opaque', () => {
  it('accepts a 300-character seq (a cluster\'s at q=8 and more) and hands it back unchanged', async () => {
    const laptop = await device();
    await laptop.push([{ assumedMasterState: null, newDocumentState: sperrmuellDraft() }]);
    const first = await laptop.pull(null, 50);
    const long = { seq: `${first.body.checkpoint!.seq}-g1AAAAJ${'x7Yq'.repeat(73)}` };
    expect(long.seq.length).toBeGreaterThan(300);
    const again = await laptop.pull(long, 50);
    expect(again.status).toBe(200);
    expect(again.body.checkpoint).toEqual(long);
    const messages = await laptop.call('POST', '/api/sync/messages/pull', { checkpoint: long, batchSize: 50 });
    expect(messages.status).toBe(200);
  });

  it('refuses a checkpoint that is not a string, or absurdly long, with a clear 400', async () => {
    const laptop = await device();
    for (const checkpoint of [{ seq: 12 }, { seq: '' }, 'seq', { seq: 'x'.repeat(5000) }]) {
      const res = await laptop.call('POST', '/api/sync/requests/pull', { checkpoint, batchSize: 50 });
      expect(res.status).toBe(400);
      expect(res.body.error).toBe('invalid_checkpoint');
      expect(res.body.message).toBeTruthy();
    }
  });
});
