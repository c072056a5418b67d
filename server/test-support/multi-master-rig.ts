import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { confirmFixtureAccountsOf } from './fixture-accounts';
import { startPortal, type Portal, type PortalOptions } from '../portal';
import { DATABASE_KINDS, startEmbeddedStore, type EmbeddedStore } from '../store';
import { testConfig, uniquePrefix } from './test-portal';

/**
 * Two embedded stores that replicate every portal database to each other continuously, in both
 * directions, each with its own portal. This is how a CouchDB cluster (or two sites after a
 * partition) behaves: both stores accept a write on the same `_rev`, and replication then leaves
 * one revision as winner and the other as a `_conflicts` leaf. One embedded store alone answers
 * the second writer 409 and hides all of that.
 */
export interface MultiMasterRig {
  portals: [Portal, Portal];
  storeUrls: [string, string];
  prefix: string;
  /** Resolves once both stores hold the same update sequence of every database for a moment. */
  quiesce(timeoutMs?: number): Promise<void>;
  /** Cuts replication both ways (a network partition) until `resume`. */
  partition(): Promise<void>;
  resume(): Promise<void>;
  stop(): Promise<void>;
}

const REPLICATOR = fileURLToPath(new URL('./rig-replicator.ts', import.meta.url));

/** PouchDB's replicator talks HTTP to both stores, as CouchDB's `_replicator` would (own process: see there). */
function startReplicator(pairs: [string, string][]): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = fork(REPLICATOR, [JSON.stringify(pairs)], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    child.once('message', () => resolve(child));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`rig replicator exited with ${code}`)));
  });
}

function ask(child: ChildProcess, word: 'pause' | 'resume'): Promise<void> {
  return new Promise((resolve) => {
    const answered = (msg: unknown) => {
      if (msg !== word) return;
      child.off('message', answered);
      resolve();
    };
    child.on('message', answered);
    child.send(word);
  });
}

export async function startMultiMasterRig(options: Partial<PortalOptions> & { roles?: [PortalOptions['role'], PortalOptions['role']] } = {}): Promise<MultiMasterRig> {
  const prefix = uniquePrefix();
  const dirs = [0, 1].map(() => mkdtempSync(path.join(os.tmpdir(), 'bp-rig-')));
  const stores: EmbeddedStore[] = await Promise.all(dirs.map((dataDir) => startEmbeddedStore({ dataDir })));
  const portals = (await Promise.all(
    stores.map(async (store, i) => {
      const config = testConfig(store.url, prefix);
      const portal = await startPortal({ ...config, seedDemoData: false, authRateLimitPerMinute: 100_000, ...options, role: options.roles?.[i] ?? options.role ?? config.role });
      confirmFixtureAccountsOf(portal);
      return portal;
    }),
  )) as [Portal, Portal];
  const pairs: [string, string][] = [];
  for (const kind of DATABASE_KINDS) {
    const [a, b] = stores.map((s) => `${s.url}/${prefix}${kind}`);
    pairs.push([a, b], [b, a]);
  }
  const replicator = await startReplicator(pairs);

  async function seqs(): Promise<string> {
    const all = await Promise.all(
      portals.flatMap((p) => DATABASE_KINDS.map(async (kind) => (await p.store.server.db.get(p.store.names[kind])).doc_count + '/' + (await p.store.server.db.get(p.store.names[kind])).update_seq)),
    );
    return all.join(',');
  }

  return {
    portals,
    storeUrls: [stores[0].url, stores[1].url],
    prefix,
    async quiesce(timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      let last = '';
      let stableSince = Date.now();
      while (Date.now() < deadline) {
        const now = await seqs();
        if (now !== last) {
          last = now;
          stableSince = Date.now();
        } else if (Date.now() - stableSince > 1_500) return;
        await new Promise((r) => setTimeout(r, 250));
      }
      throw new Error('the rig did not settle');
    },
    partition: () => ask(replicator, 'pause'),
    resume: () => ask(replicator, 'resume'),
    async stop() {
      const gone = new Promise((resolve) => replicator.once('exit', resolve));
      replicator.kill('SIGKILL');
      await gone;
      await Promise.all(portals.map((p) => p.stop()));
      await Promise.all(stores.map((s) => s.stop()));
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    },
  };
}
