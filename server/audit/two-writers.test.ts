import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { setupDatabases } from '../store';
import { testStore, uniquePrefix } from '../test-support/test-portal';
import { listAudit, verifyAudit } from './audit-trail';

const APPENDER = fileURLToPath(new URL('../test-support/audit-appender.ts', import.meta.url));
const run = promisify(execFile);

describe('two server processes appending to one audit chain at once', () => {
  it('keep one unbroken chain with every entry of both', async () => {
    const prefix = uniquePrefix();
    const store = testStore(prefix);
    await setupDatabases(store);
    const perProcess = 25;
    const outs = await Promise.all(
      [0, 1].map(() => run(process.execPath, ['--import', 'tsx', APPENDER, inject('storeUrl'), prefix, 'abfall', String(perProcess)], { timeout: 60_000 })),
    );
    expect(outs.map((o) => o.stdout.trim())).toEqual(['done', 'done']);
    // Each place in the chain is a document id, so the store refuses the second writer there
    // (409) and it re-reads the end: no fork, no gap, nothing lost.
    expect(await verifyAudit(store, 'abfall')).toEqual({ ok: true, entries: 2 * perProcess });
    const writers = new Set((await listAudit(store, 'abfall', 100)).map((e) => e.actorId));
    expect(writers.size).toBe(2);
  }, 90_000);
});
