import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

const INCLUDE = ['domain/**/*.test.ts', 'server/**/*.test.ts', 'client/**/*.test.{ts,tsx}'];
/**
 * Server files that set process.env (CITY) before their first import: the modules they load read
 * it once, so they always need a module graph of their own.
 */
const NEEDS_OWN_MODULES = ['server/documents/city-*.test.ts'];

/**
 * The server files share a worker's modules (isolate: false) instead of a fresh process importing
 * the whole portal for each of ~130 files (import 175 s → 28 s summed). Each file still has its
 * own database prefix and its own portals; the module state they share (the metrics registry, the
 * catalogue a file registers a test service in and takes out again, the parsed fonts) is per
 * portal, put back by the file, or the same for every document (server/documents/shared-glyphs.test.ts
 * covers the fonts). On by default since 2026-12-07 (VITEST_SHARED_MODULES=0 gives every file its
 * own modules again): a 16-file server sample at load 20–25 took 63.6 instead of 75.9 CPU-s and 153
 * instead of 240 s, a whole run 554 instead of 614 s. The global setup starts the store for the
 * root project only, which the projects inherit (server/test-support/global-store.ts).
 */
const sharedModules = process.env.VITEST_SHARED_MODULES !== '0';
/**
 * In `npm test` this file reads the build that runs beside vitest (scripts/test-all.sh) and waits
 * for it. As the largest client test file it was the first one a worker took, and that worker then
 * waited ~29 s for the build (fresh clones, 2026-12-07; 0.15 s of tests once the build is there).
 * In a group of its own after all other files, the build is long done when it starts.
 */
const AFTER_THE_BUILD = ['client/build/prerender/build-output.test.ts'];

export default defineConfig({
  test: {
    // With projects, each project's include is merged with this one: set only without them.
    ...(!sharedModules && { include: INCLUDE }),
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // One worker per core, not vitest's default of cores − 1 (a single worker on two cores): the
    // main process only reports, and a test file spends much of its time waiting for the shared
    // store, which works in a process of its own. VITEST_MAX_WORKERS overrides it.
    maxWorkers: Number(process.env.VITEST_MAX_WORKERS) || availableParallelism(),
    globalSetup: ['server/test-support/global-store.ts'],
    // The city the client code sees, as the build defines it.
    setupFiles: ['client/test-support/city-globals.ts'],
    ...(sharedModules && {
      projects: [
        { extends: true, test: { name: 'server', include: ['server/**/*.test.ts'], exclude: NEEDS_OWN_MODULES, isolate: false } },
        { extends: true, test: { name: 'isolated', include: ['domain/**/*.test.ts', 'client/**/*.test.{ts,tsx}', ...NEEDS_OWN_MODULES], exclude: AFTER_THE_BUILD } },
        { extends: true, test: { name: 'build', include: AFTER_THE_BUILD, sequence: { groupOrder: 1 } } },
      ],
    }),
  },
});
