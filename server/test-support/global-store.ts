import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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

/** CPU seconds a process has used so far (Linux; undefined elsewhere or once it is gone). */
function cpuSeconds(pid: number | undefined): number | undefined {
  try {
    // Fields 14 and 15 of /proc/<pid>/stat (utime, stime) in clock ticks of 1/100 s; the name
    // (field 2) may hold spaces, so count from the parenthesis that closes it.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

/**
 * One real embedded store (express-pouchdb on LevelDB, over HTTP) for the whole test run;
 * each test file works in its own database prefix, so files never see each other's data.
 */
export default async function setup(project: TestProject) {
  // With projects (the default; VITEST_SHARED_MODULES=0 turns them off) vitest runs the global setup once for the root and
  // once more for each project that extends it: three stores and three rounds of password hashes.
  // The projects inherit what the root provides, so the root's store serves them all.
  if (!project.isRootProject()) return;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bp-test-store-'));
  const [store, hashes] = await Promise.all([startEmbeddedStore({ dataDir }), hashDemoPasswords()]);
  project.provide('storeUrl', store.url);
  // Every test portal seeds the demo logins: with these, once per run instead of once per portal.
  project.provide('demoPasswordHashes', hashes);
  return async () => {
    // The store's own share of the run, which the CPU time of vitest's process tree alone hides
    // behind the workers' (README: "Tests und Benchmarks").
    const cpu = cpuSeconds(store.pid);
    if (cpu !== undefined) console.log(`Eingebetteter Datenspeicher der Tests: ${cpu.toFixed(1)} CPU-s`);
    await store.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
