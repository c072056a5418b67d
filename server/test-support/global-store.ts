import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { hashDemoPasswords, type DemoPasswordHashes } from '../seed/demo-data';
import { startEmbeddedStore } from '../store';

declare module 'vitest' {
  export interface ProvidedContext {
    storeUrl: string;
    demoPasswordHashes: DemoPasswordHashes;
  }
}

/**
 * One real embedded store (express-pouchdb on LevelDB, over HTTP) for the whole test run;
 * each test file works in its own database prefix, so files never see each other's data.
 */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bp-test-store-'));
  const [store, hashes] = await Promise.all([startEmbeddedStore({ dataDir }), hashDemoPasswords()]);
  project.provide('storeUrl', store.url);
  // Every test portal seeds the demo logins: with these, once per run instead of once per portal.
  project.provide('demoPasswordHashes', hashes);
  return async () => {
    await store.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
