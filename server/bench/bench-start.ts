/**
 * `npm run bench:start`: how long the portal takes to start, as `npm start` does (own process,
 * fresh embedded store), and what the OpenID provider library of the identity sandbox costs in it.
 * - start to "läuft" with OIDC_ISSUER set (the sandbox is not needed) and without (the sandbox runs);
 * - in a bare process: importing server/portal.ts, then importing oidc-provider on top — near 0 ms
 *   when the portal module had already loaded it, its full cost when the portal left it out.
 * Medians of BENCH_START_RUNS runs (default 5).
 */
import { execFileSync } from 'node:child_process';
import { startServerProcess } from './start-server-process';

const RUNS = Number(process.env.BENCH_START_RUNS ?? 5);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A configured BundID broker: discovery waits for the first login, so nothing is fetched at start. */
const CONFIGURED = { OIDC_ISSUER: 'https://login.stadt.example', OIDC_CLIENT_ID: 'buergerportal', OIDC_CLIENT_SECRET: 'bench-secret' };

async function startMs(env: Record<string, string>): Promise<number> {
  const t0 = performance.now();
  const server = await startServerProcess(env);
  const ms = performance.now() - t0;
  await server.stop();
  return ms;
}

function importMs(): { portal: number; oidcProviderAfter: number } {
  const script = `const t0 = performance.now(); await import('./server/portal.ts'); const portal = performance.now() - t0;
const t1 = performance.now(); await import('oidc-provider'); console.log(JSON.stringify({ portal, oidcProviderAfter: performance.now() - t1 }));`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return JSON.parse(out.trim().split('\n').at(-1)!);
}

async function main(): Promise<void> {
  const imports = Array.from({ length: RUNS }, importMs);
  const configured: number[] = [];
  const sandbox: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    configured.push(await startMs(CONFIGURED));
    sandbox.push(await startMs({}));
  }
  const rows = [
    ['import server/portal.ts', median(imports.map((r) => r.portal))],
    ['oidc-provider still to load after it', median(imports.map((r) => r.oidcProviderAfter))],
    ['npm start, OIDC_ISSUER set (no sandbox)', median(configured)],
    ['npm start, identity sandbox', median(sandbox)],
  ] as const;
  console.log(`Portal start, medians of ${RUNS} runs:`);
  for (const [what, ms] of rows) console.log(`  ${what.padEnd(42)} ${Math.round(ms)} ms`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
