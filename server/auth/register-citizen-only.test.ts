import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { Portal } from '../portal';
import { ApiClient } from '../test-support/api-client';
import { startTestPortal } from '../test-support/test-portal';

let portal: Portal;
beforeAll(async () => {
  portal = await startTestPortal();
});
afterAll(() => portal.stop());

/** Registration makes a citizen and nothing else, whatever a stranger adds to the body. */
describe('registration can only ever create a citizen', () => {
  for (const extra of [{ role: 'admin' }, { role: 'clerk', department: 'buergerbuero' }, { role: 'treasury' }, { profile: { name: 'x' } }, { department: 'fundbuero' }]) {
    it(`refuses ${JSON.stringify(extra)} as an unknown field and creates no account`, async () => {
      const email = `attacker-${randomUUID()}@example.org`;
      const client = new ApiClient(portal.url);
      const res = await client.call('POST', '/api/auth/register', { email, password: 'ein langes passwort', name: 'Mallory', ...extra });
      expect(res.status).toBe(400);
      expect(res.body.error).toBe('unknown_field');
      expect(res.body.field).toBe(Object.keys(extra)[0]);
      expect(res.body.message).not.toMatch(/apiErrors/);
      // Nothing was stored: the address can't log in, and can be registered as a citizen afterwards.
      expect((await client.login(email, 'ein langes passwort')).status).toBe(401);
      const again = await client.call('POST', '/api/auth/register', { email, password: 'ein langes passwort', name: 'Mallory' });
      expect(again.status).toBe(201);
      expect(again.body.user.role).toBe('citizen');
      expect(again.body.user.department).toBeUndefined();
      expect((await client.call('GET', '/api/admin/staff')).status).toBe(403);
    });
  }
});
