import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { cityShell } from './domain/city/city-config';
import { loadCity } from './domain/city/load-city';

// The city the client code sees, as the build defines it (webpack.config.ts).
const city = loadCity();

export default defineConfig({
  define: { __CITY_SHELL__: JSON.stringify(cityShell(city, '')), __CITY__: JSON.stringify(city) },
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
  },
});
