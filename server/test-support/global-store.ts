import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedStore } from '../store';

declare module 'vitest' {
  export interface ProvidedContext {
    storeUrl: string;
  }
}

/**
 * One real embedded store (express-pouchdb on LevelDB, over HTTP) for the whole test run;
 * each test file works in its own database prefix, so files never see each other's data.
 */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bp-test-store-'));
  const store = await startEmbeddedStore({ dataDir });
  project.provide('storeUrl', store.url);
  return async () => {
    await store.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
