import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../bench/start-server-process';
import { ApiClient, eventually, sperrmuellDraft, submitted } from '../test-support/api-client';

/** The real `npm start` process (server + embedded store child), killed the hard way. */
let server: ServerProcess;
let anna: ApiClient;

beforeAll(async () => {
  server = await startServerProcess({ LOG_LEVEL: 'silent', SEED_DEMO_DATA: 'false' });
  anna = new ApiClient(server.url);
  await anna.register('Anna');
}, 180_000);
afterAll(() => server?.stop());

const health = async () => (await fetch(server.url + '/healthz').catch(() => ({ status: 0 }))).status;

describe('the embedded store under kill -9', () => {
  it('is restarted by the server, which reconnects by itself; /healthz is honest meanwhile', async () => {
    const before = sperrmuellDraft();
    expect((await anna.push([{ assumedMasterState: null, newDocumentState: before }])).status).toBe(200);
    const storePid = server.storePid()!;
    expect(storePid).toBeGreaterThan(0);

    process.kill(storePid, 'SIGKILL');
    await eventually(async () => (await health()) === 503, 5_000, '/healthz to say 503');
    await eventually(async () => (await health()) === 200, 60_000, 'the store to be back');
    expect(server.storePid()).not.toBe(storePid);

    // Nothing stored before is lost; writing works again, and so does the routing worker's
    // change feed (a new submission gets its Aktenzeichen).
    expect(await anna.current(before.id)).toMatchObject({ id: before.id, status: 'draft' });
    const doc = submitted(sperrmuellDraft());
    expect((await anna.push([{ assumedMasterState: null, newDocumentState: doc }])).status).toBe(200);
    const routed = await eventually(async () => {
      const now = await anna.current(doc.id);
      return now?.status === 'received' && now;
    }, 20_000, 'routing after the restart');
    expect(routed.reference).toMatch(/^SPM-/);
  }, 180_000);

  it('shuts down within a few seconds on SIGTERM, even while the store is dead', async () => {
    process.kill(server.storePid()!, 'SIGKILL');
    await eventually(async () => (await health()) === 503, 5_000, '/healthz to say 503');
    const t0 = Date.now();
    await server.stop();
    expect(Date.now() - t0).toBeLessThan(8_000);
    expect(await server.exited).toBe(0);
  }, 30_000);
});
