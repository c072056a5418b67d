import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['domain/**/*.test.ts', 'server/**/*.test.ts', 'client/**/*.test.{ts,tsx}'],
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
  },
});
