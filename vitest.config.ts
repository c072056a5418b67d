import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import { defineConfig } from 'vitest/config';
// In this file, not a module of its own: an imported .ts config module makes Vite warn on every run.
import { BaseSequencer, type TestSpecification } from 'vitest/node';

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

/**
 * The files that take longest, longest first (seconds in fresh-clone runs of `npm test` on two
 * cores, 2026-12-07, fc1–fc4): each starts a portal, a second store or child processes of its
 * own and waits on them. An order, not a list of tests: a file missing here only runs in
 * vitest's own order, and one named here that no longer exists is passed over.
 */
const SLOW_FILES = [
  'server/faults/crash.test.ts', // 55–85 s
  'server/conflicts/multi-master.test.ts', // 41–69 s
  'server/clerk/inbox-word-search.test.ts', // 52 s (fresh clone, 2026-12-08)
  'server/clerk/inbox-assignee.test.ts', // 33 s
  'server/capacity/capacity-race.test.ts', // 15–55 s
  'server/security/hostile-input.test.ts', // 28–39 s
  'server/appointments/move-route.test.ts', // 10–28 s
  'server/disposer/disposer.test.ts', // 4–25 s
  'server/http/contract/route-role-matrix.test.ts', // 19–22 s
  'server/security/registration-crash.test.ts', // 6–20 s
];

/**
 * Vitest runs the longest files first once its results cache knows their durations; a fresh
 * clone (where `npm test` is timed) has no cache, and vitest then starts the largest files first.
 * The crash test is small but takes ~1 min, so it started among the last and one worker ran it
 * alone at the end of the phase while the other had nothing left (fc3: the last file to finish).
 * Here the known slow files go first within their project (vitest keeps projects in its order,
 * which lets a worker reuse a non-isolated project's modules); the rest keeps vitest's order.
 */
class SlowFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const root = this.ctx.config.root;
    const rank = (spec: TestSpecification) => {
      const index = SLOW_FILES.indexOf(relative(root, spec.moduleId).split('\\').join('/'));
      return index < 0 ? SLOW_FILES.length : index;
    };
    const position = new Map(sorted.map((spec, i) => [spec, i]));
    const projectStart = new Map<string, number>();
    sorted.forEach((spec, i) => {
      if (!projectStart.has(spec.project.name)) projectStart.set(spec.project.name, i);
    });
    return [...sorted].sort(
      (a, b) => projectStart.get(a.project.name)! - projectStart.get(b.project.name)! || rank(a) - rank(b) || position.get(a)! - position.get(b)!,
    );
  }
}

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
    // So that no minute-long file starts last, leaving one worker alone at the end (SlowFilesFirst above).
    sequence: { sequencer: SlowFilesFirst },
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
