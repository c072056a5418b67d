import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '../portal';
import { ApiClient } from '../test-support/api-client';
import { camtStatement } from '../test-support/camt-statement';
import { rawRequest } from '../test-support/raw-request';
import { startTestPortal } from '../test-support/test-portal';

/**
 * Section 3 of the trust-boundaries issue: what the audit found refused and must stay so. Most
 * classes are tested where their code lives (see README.md in this folder); here are the ones
 * that had no attack over HTTP yet.
 */
let portal: Portal;
let treasury: ApiClient;

beforeAll(async () => {
  portal = await startTestPortal({ routing: false });
  treasury = new ApiClient(portal.url);
  expect((await treasury.login('kasse@stadt-werne.example', 'werne-demo-kasse')).status).toBe(200);
});
afterAll(() => portal.stop());

const statement = () => camtStatement(`angriff-${randomUUID()}`, [{ ref: `r-${randomUUID()}`, cents: 1234, purpose: '&xxe;' }]);

describe('camt.053 import over HTTP: XXE, external DTDs and billion laughs are refused before parsing', () => {
  it.each([
    ['XXE (a file of the server)', '<!DOCTYPE Document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'],
    ['an external DTD', '<!DOCTYPE Document SYSTEM "http://127.0.0.1:1/camt.dtd">'],
    ['billion laughs', `<!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]>`],
  ])('%s', async (_what, doctype) => {
    const xml = statement().replace('<?xml version="1.0" encoding="UTF-8"?>', `<?xml version="1.0" encoding="UTF-8"?>${doctype}`);
    const before = (await treasury.call('GET', '/api/kasse/kontoauszuege')).body;
    const res = await rawRequest(portal.url + '/api/kasse/kontoauszuege', {
      method: 'POST',
      headers: { Cookie: treasury.cookieHeader, Origin: portal.url, 'Content-Type': 'application/xml' },
      body: xml,
    });
    expect(res.status).toBe(400);
    expect(res.json.problems[0]).toMatchObject({ field: 'statement', code: 'doctype' });
    expect(res.text).not.toContain('root:');
    expect((await treasury.call('GET', '/api/kasse/kontoauszuege')).body).toEqual(before);
  });
});

describe('the store is never reachable through the portal', () => {
  it.each(['/_all_dbs', '/_utils/', '/bp_users/_all_docs', '/_session', '/api/_all_dbs', '/api/../_all_dbs', '/%2e%2e/_all_dbs'])('GET %s', async (path) => {
    const res = await rawRequest(portal.url + path, { path });
    expect(res.text).not.toMatch(/"rows"|"couchdb"|passwordHash|_users|"userCtx"/);
    // Either the app's own page (the client router shows "not found") or an API problem, never the store's answer.
    if (res.json) expect(res.json.error).toBeTypeOf('string');
  });
});
