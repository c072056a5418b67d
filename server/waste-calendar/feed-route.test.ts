import { get } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '../portal';
import { startTestPortal, uniquePrefix } from '../test-support/test-portal';

let portal: Portal;
beforeAll(async () => {
  portal = await startTestPortal({ prefix: uniquePrefix() });
});
afterAll(async () => {
  await portal?.stop();
});

const feed = (path: string, init?: RequestInit) => fetch(`${portal.url}/api/abfallkalender/${path}`, init);

describe('GET /api/abfallkalender/<street>.ics (the subscribable feed)', () => {
  it('serves a street\'s pickups as text/calendar with reminders, cacheable, without a session', async () => {
    const res = await feed(`${encodeURIComponent('Steinstraße')}.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(res.headers.get('content-disposition')).toBe('inline; filename="abfallkalender-Steinstrasse.ics"');
    const ics = await res.text();
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics).toContain('X-WR-CALNAME:Abfallkalender Steinstraße\\, Werne');
    expect(ics).toContain('SUMMARY:Papier (blaue Tonne) – Steinstraße');
    expect((ics.match(/BEGIN:VALARM/g) ?? []).length).toBe((ics.match(/BEGIN:VEVENT/g) ?? []).length);
    expect(ics).toContain('TRIGGER:-PT5H');

    // Same file all day: the ETag lets a polling calendar app get a 304.
    const etag = res.headers.get('etag')!;
    expect(etag).toBeTruthy();
    // node:http, as fetch adds "Cache-Control: no-cache" to a conditional request.
    const status = await new Promise<number | undefined>((resolve, reject) =>
      get(`${portal.url}/api/abfallkalender/${encodeURIComponent('Steinstraße')}.ics`, { headers: { 'If-None-Match': etag } }, (r) => {
        r.resume();
        resolve(r.statusCode);
      }).on('error', reject),
    );
    expect(status).toBe(304);
  });

  it('filters by bin type and speaks the language in the address', async () => {
    const ics = await (await feed(`${encodeURIComponent('Steinstraße')}.ics?arten=papier&sprache=en`)).text();
    expect(ics).toContain('SUMMARY:Paper (blue bin) – Steinstraße');
    expect(ics).not.toMatch(/Residual|Organic|Packaging/);
    expect(ics).toContain('DESCRIPTION:Collection tomorrow: Paper (blue bin).');
  });

  it('refuses an unknown street with 404 and a problem code, bad parameters with 400', async () => {
    const unknown = await feed(`${encodeURIComponent('Hauptstraße')}.ics`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await unknown.json()).toMatchObject({ error: 'unknown_street', message: 'Die Straße „Hauptstraße“ gibt es in Werne nicht.' });
    const noIcs = await feed(encodeURIComponent('Steinstraße'));
    expect(noIcs.status).toBe(404);
    const types = await feed(`${encodeURIComponent('Steinstraße')}.ics?arten=papier,glas`);
    expect(types.status).toBe(400);
    expect(await types.json()).toMatchObject({ error: 'invalid_types', problems: [{ field: 'arten', code: 'invalid_types' }] });
    const twice = await feed(`${encodeURIComponent('Steinstraße')}.ics?arten=papier&arten=bio`);
    expect(twice.status).toBe(400);
    const extra = await feed(`${encodeURIComponent('Steinstraße')}.ics?owner=x`);
    expect(extra.status).toBe(400);
    // Refused at the contract's door, naming the parameter.
    expect(JSON.stringify(await extra.json())).toContain('owner');
    const lang = await feed(`${encodeURIComponent('Steinstraße')}.ics?sprache=fr`);
    expect(lang.status).toBe(400);
  });
});
