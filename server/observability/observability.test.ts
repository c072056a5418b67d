import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '../portal';
import { ApiClient, eventually, sperrmuellDraft, submitted } from '../test-support/api-client';
import { startTestPortal, testStore, uniquePrefix } from '../test-support/test-portal';

let portal: Portal;
let guarded: Portal;
const prefix = uniquePrefix();

beforeAll(async () => {
  portal = await startTestPortal({ prefix });
  guarded = await startTestPortal({ routing: false, metricsToken: 'metrics-token-for-tests-0123456789' });
});
afterAll(async () => {
  await portal.stop();
  await guarded.stop();
});

const metricValue = (text: string, line: string) => Number(text.split('\n').find((l) => l.startsWith(line + ' '))?.slice(line.length + 1) ?? NaN);

describe('/readyz and /healthz', () => {
  it('is ready when the store answers and every database exists; not ready (while healthy) once one is missing', { timeout: 60_000 }, async () => {
    const ready = await fetch(`${portal.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });

    const other = await startTestPortal({ routing: false });
    try {
      await testStore(prefix).server.db.destroy(other.store.names.audit);
      const res = await fetch(`${other.url}/readyz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ status: 'not_ready', missingDatabases: ['audit'] });
      expect((await fetch(`${other.url}/healthz`)).status).toBe(200);
    } finally {
      await other.stop();
    }
  });
});

describe('/metrics', () => {
  it('counts pulls, pushes, live streams and routing lag in Prometheus text format', { timeout: 60_000 }, async () => {
    const anna = new ApiClient(portal.url);
    await anna.register('Anna');
    const controller = new AbortController();
    const stream = await fetch(`${portal.url}/api/sync/stream`, { headers: { Cookie: anna.cookieHeader }, signal: controller.signal });
    const doc = submitted(sperrmuellDraft());
    await anna.push([{ assumedMasterState: null, newDocumentState: doc }]);
    await eventually(async () => (await anna.current(doc.id))?.status === 'received', 10_000, 'routing');

    const res = await fetch(`${portal.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/plain/);
    const text = await res.text();
    expect(metricValue(text, 'portal_sync_pulls_total{collection="requests"}')).toBeGreaterThanOrEqual(1);
    expect(metricValue(text, 'portal_sync_pushes_total{collection="requests",outcome="ok"}')).toBeGreaterThanOrEqual(1);
    expect(metricValue(text, 'portal_live_streams')).toBe(1);
    expect(metricValue(text, 'portal_routing_lag_seconds_count')).toBeGreaterThanOrEqual(1);
    expect(text).toContain('# TYPE portal_conflicts_resolved_total counter');
    expect(text).toContain('# TYPE portal_store_errors_total counter');

    controller.abort();
    await stream.body?.cancel().catch(() => undefined);
    await eventually(async () => metricValue(await (await fetch(`${portal.url}/metrics`)).text(), 'portal_live_streams') === 0, 5_000, 'stream closed');
  });

  it('is not served to a caller forwarded from outside, nor without the token when one is set', async () => {
    const forwarded = await fetch(`${portal.url}/metrics`, { headers: { 'X-Forwarded-For': '203.0.113.7' } });
    expect(forwarded.status).toBe(403);
    expect(await forwarded.text()).not.toContain('portal_');

    expect((await fetch(`${guarded.url}/metrics`)).status).toBe(403);
    expect((await fetch(`${guarded.url}/metrics`, { headers: { Authorization: 'Bearer wrong' } })).status).toBe(403);
    const allowed = await fetch(`${guarded.url}/metrics`, { headers: { Authorization: 'Bearer metrics-token-for-tests-0123456789' } });
    expect(allowed.status).toBe(200);
    expect(await allowed.text()).toContain('portal_sync_pulls_total');
  });
});
