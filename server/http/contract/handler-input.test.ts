import { describe, expect, it } from 'vitest';
import { sourcesUnder } from './source-files';

/**
 * Handlers read what a caller sent only through the contract: `route(api('…'), ({ params, query,
 * body }) => …)` hands them what the door validated. Reading `req.body`, `req.query` or
 * `req.params` directly, or registering a route beside the contract (`router.post(…)`), skips the
 * door's types and lets an unchecked value reach a handler. Read from the source, so a new
 * handler that does either fails here.
 */

/** Where reading the raw request is the job, with the reason. */
const RAW_READERS: Record<string, string> = {
  'server/http/contract/contract-door.ts': 'the door itself: validates params, query and body',
  'server/http/contract/route.ts': 'hands the validated input (or a raw body the door sized) to the handler',
  'server/http/hostile-input.ts': 'refuses hostile structures (prototype keys, depth) before the door parses them',
  'server/http/prerendered-pages.ts': 'picks a static page’s language from ?lang= (an allow-list of languages), not the API',
  'server/auth/reset/reset-limits.ts': 'runs after the door on the reset route: counts mails per address given in the validated body',
  'server/auth/login-limits.ts': "runs after the door on the login route: counts attempts per address given in the validated body",
  'server/http/log-safe-url.ts': "the request log's serializer: replaces search words in the logged copy of the query; hands nothing to a handler",
};
/** Routes registered beside the contract, with the reason. */
const OWN_ROUTES: Record<string, string> = {
  'server/http/create-app.ts': '/healthz reads nothing from the request',
  'server/observability/ops-routes.ts': '/readyz and /metrics read nothing but a header token',
  'server/http/static-files.ts': 'the app shell and its files, not the API',
};
/** The payment provider's and the tile provider's stand-ins are outside systems with their own servers, not the portal's API. */
const OUTSIDE = /^server\/(payments\/sandbox\/|identity-sandbox\/|maps\/tile-sandbox\.ts$)/;

export function rawReads(files: { path: string; text: string }[]): string[] {
  const wrong: string[] = [];
  for (const { path, text } of files) {
    if (OUTSIDE.test(path)) continue;
    text.split('\n').forEach((line, i) => {
      if (!RAW_READERS[path] && /\b(req|request)\s*(\.|\[\s*['"])(body|query|params)\b/.test(line)) wrong.push(`${path}:${i + 1} ${line.trim()}`);
      if (!OWN_ROUTES[path] && /\b(router|app|api)\.(get|post|put|delete|patch|all)\(\s*['"`/]/.test(line)) wrong.push(`${path}:${i + 1} ${line.trim()}`);
    });
  }
  return wrong;
}

describe('handlers read the request only through the contract', () => {
  const files = sourcesUnder('server', ['bench', 'test-support']);

  it('no handler reads req.body, req.query or req.params, and no route is registered beside the contract', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(rawReads(files)).toEqual([]);
  });

  it('the exceptions still exist and still are what they say (a stale one would hide a new reader)', () => {
    for (const path of [...Object.keys(RAW_READERS), ...Object.keys(OWN_ROUTES)]) expect(files.map((f) => f.path)).toContain(path);
  });

  it('catches what it is for', () => {
    const file = (text: string) => [{ path: 'server/x/x-routes.ts', text }];
    expect(rawReads(file('const slot = req.body.slot;'))).toHaveLength(1);
    expect(rawReads(file("const id = String(req['params'].id);"))).toHaveLength(1);
    expect(rawReads(file('if (req.query.sprache) {}'))).toHaveLength(1);
    expect(rawReads(file("router.post('/:id/verlegen', requireRole('citizen'), handler);"))).toHaveLength(1);
    expect(rawReads(file("route(api('appointments.move'), async ({ params, body }, req, res) => {"))).toEqual([]);
  });
});
