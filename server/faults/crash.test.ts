import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../bench/start-server-process';
import { ApiClient, eventually } from '../test-support/api-client';
import { confirmFromMailbox } from '../test-support/fixture-accounts';
import { LOAD_PASSWORD, SubmissionLoad, checkOutcome } from './submission-load';

/** Small, bounded versions of `npm run bench:faults`: real processes, real kill -9. */
const COUNT = 40;
const ENV = { LOG_LEVEL: 'silent', SEED_DEMO_DATA: 'false' };
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function registered({ url, mailboxUrl }: ServerProcess): Promise<string> {
  const email = `crash-${Date.now()}-${Math.random().toString(36).slice(2)}@example.org`;
  const res = await new ApiClient(url).call('POST', '/api/auth/register', { email, password: LOAD_PASSWORD, name: 'Crash Test' });
  expect(res.status).toBe(202);
  // Sending needs a confirmed address: confirmed as its owner would, with the mailed link.
  await confirmFromMailbox(mailboxUrl!, url, email);
  return email;
}

async function settledOutcome(url: string, email: string, load: SubmissionLoad) {
  const client = new ApiClient(url);
  expect((await client.login(email, LOAD_PASSWORD)).status).toBe(200);
  return eventually(async () => {
    const outcome = await checkOutcome(client, load);
    return outcome.unrouted === 0 && outcome;
  }, 30_000, 'every request routed');
}

describe('crashes mid-load lose and duplicate nothing', () => {
  it('server killed (kill -9) while a device sends, then started again on the same data', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bp-crash-'));
    dirs.push(dataDir);
    let server: ServerProcess = await startServerProcess(ENV, { dataDir });
    try {
      const email = await registered(server);
      const load = new SubmissionLoad(() => server.url, email);
      let killed: Promise<void> | undefined;
      const running = load.run(COUNT, 4, 180_000, (n) => {
        if (n !== Math.floor(COUNT / 3) || killed) return;
        killed = (async () => {
          process.kill(server.pid, 'SIGKILL');
          await server.exited;
          server = await startServerProcess(ENV, { dataDir });
        })();
      });
      await running;
      await killed;
      expect(load.failedAttempts).toBeGreaterThan(0); // the kill really hit pushes in flight
      const outcome = await settledOutcome(server.url, email, load);
      expect(outcome).toEqual({ sent: COUNT, lost: 0, duplicated: 0, unrouted: 0 });
    } finally {
      await server.stop();
    }
  }, 240_000);

  it('embedded store killed (kill -9) while a device sends: the server restarts it and goes on', async () => {
    const server = await startServerProcess(ENV);
    try {
      const email = await registered(server);
      const load = new SubmissionLoad(() => server.url, email);
      await load.run(COUNT, 4, 180_000, (n) => {
        if (n === COUNT / 4) process.kill(server.storePid()!, 'SIGKILL');
      });
      expect(load.failedAttempts).toBeGreaterThan(0);
      const outcome = await settledOutcome(server.url, email, load);
      expect(outcome).toEqual({ sent: COUNT, lost: 0, duplicated: 0, unrouted: 0 });
    } finally {
      await server.stop();
    }
  }, 240_000);
});
