import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, EmailTakenError } from '../auth';
import { CLAIM_GRACE_MS, claimId } from '../auth/email-claim';
import type { Portal } from '../portal';
import { ApiClient } from '../test-support/api-client';
import { startTestPortal } from '../test-support/test-portal';

/**
 * Issue 12, item 5: registration claimed the address, hashed, then wrote the user; a crash in
 * between left an address that could neither register nor log in (6 of 60 after one kill).
 * Here the crash is injected between the two writes, against the real store.
 */
let portal: Portal;

beforeAll(async () => {
  portal = await startTestPortal({ routing: false });
});
afterAll(() => portal.stop());

const crash = async () => {
  throw new Error('process killed between claim and user');
};

async function ageClaim(email: string, ms: number) {
  const claim = await portal.store.users.get(claimId(email));
  await portal.store.users.insert({ ...claim, claimedAt: new Date(Date.now() - ms).toISOString() } as never);
}

async function registerAndLogin(email: string, password: string) {
  const client = new ApiClient(portal.url);
  const res = await client.call('POST', '/api/auth/register', { email, password, name: 'Nach dem Absturz' });
  expect(res.status).toBe(202);
  return client.login(email, password);
}

describe('a registration that dies between its writes strands no address', () => {
  it('the address can be registered again once the dead claim is older than the grace time', async () => {
    const emails = Array.from({ length: 6 }, () => `absturz-${randomUUID()}@example.org`);
    for (const email of emails) {
      await expect(createUser(portal.store, { email, password: 'erstes passwort 123', name: 'X' }, { afterClaim: crash })).rejects.toThrow(/killed/);
    }
    for (const email of emails) {
      // Right after the crash a registration may still be under way: the claim holds…
      expect((await new ApiClient(portal.url).login(email, 'erstes passwort 123')).status).toBe(401);
      await ageClaim(email, CLAIM_GRACE_MS + 1000);
      // …and once it is older than that, the next registration takes it over.
      expect((await registerAndLogin(email, 'zweites passwort 123')).status).toBe(200);
    }
  });

  it('a claim of a registration still under way is not taken over', async () => {
    const email = `langsam-${randomUUID()}@example.org`;
    await expect(createUser(portal.store, { email, password: 'erstes passwort 123', name: 'X' }, { afterClaim: crash })).rejects.toThrow();
    await expect(createUser(portal.store, { email, password: 'zweites passwort 123', name: 'Y' })).rejects.toBeInstanceOf(EmailTakenError);
  });

  it('claims left by the old code (no claimedAt) are taken over as well', async () => {
    const email = `alt-${randomUUID()}@example.org`;
    await portal.store.users.insert({ _id: claimId(email), type: 'email', userId: randomUUID() } as never);
    expect((await registerAndLogin(email, 'neues passwort 123')).status).toBe(200);
  });

  it('of two registrations racing for one stranded address, exactly one wins', async () => {
    const email = `wettlauf-${randomUUID()}@example.org`;
    await expect(createUser(portal.store, { email, password: 'erstes passwort 123', name: 'X' }, { afterClaim: crash })).rejects.toThrow();
    await ageClaim(email, CLAIM_GRACE_MS + 1000);
    const results = await Promise.allSettled([1, 2, 3].map((n) => createUser(portal.store, { email, password: `passwort nummer ${n}`, name: `P${n}` })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected').every((r) => (r as PromiseRejectedResult).reason instanceof EmailTakenError)).toBe(true);
  });

  it('a live account is never taken over, however old its claim', async () => {
    const client = new ApiClient(portal.url);
    const { email } = await client.register();
    await ageClaim(email, 365 * 86_400_000);
    await expect(createUser(portal.store, { email, password: 'übernahme versuch', name: 'Y' })).rejects.toBeInstanceOf(EmailTakenError);
    expect((await new ApiClient(portal.url).login(email, 'correct horse battery')).status).toBe(200);
  });
});
