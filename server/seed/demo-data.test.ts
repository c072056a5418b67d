import { beforeAll, describe, expect, inject, it } from 'vitest';
import { claimDoc, findUserByEmail } from '../auth';
import { verifyPassword } from '../auth/passwords';
import { setupDatabases, type Store } from '../store';
import { testStore, uniquePrefix } from '../test-support/test-portal';
import { demoLogins, seedDemoData } from './demo-data';

/**
 * The demo accounts are written in bulk (claims, then users) instead of one account after the
 * other: each must still come out as createUser makes it, once, whoever seeds at the same time.
 */
async function freshStore(): Promise<Store> {
  const store = testStore(uniquePrefix());
  await setupDatabases(store);
  return store;
}

async function userDocs(store: Store) {
  const all = await store.users.list({ include_docs: true });
  return all.rows.map((row) => row.doc as { _id: string; _rev: string; type: string; email?: string; userId?: string });
}

describe('demo data', () => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore();
    await seedDemoData(store, undefined, inject('demoPasswordHashes'));
  });

  it('makes every demo login, each able to sign in with its password, and changes nothing when run again', async () => {
    const logins = demoLogins();
    const hashes = inject('demoPasswordHashes');
    for (const login of logins) {
      const user = await findUserByEmail(store, login.email);
      expect(user, login.email).toMatchObject({ email: login.email, role: login.kind, active: true, ...(login.department ? { department: login.department } : {}) });
      // The hash made from its password (one checked with scrypt: 31 would be ~2 s on a busy machine).
      expect(user!.passwordHash).toBe(hashes[login.email]);
    }
    const admin = logins.at(-1)!;
    expect(await verifyPassword(admin.password, (await findUserByEmail(store, admin.email))!.passwordHash)).toBe(true);
    const before = await userDocs(store);
    expect(before.filter((d) => d.type === 'user')).toHaveLength(logins.length);
    await seedDemoData(store, undefined, inject('demoPasswordHashes'));
    expect(await userDocs(store)).toEqual(before);
  });

  it('completes an account whose claim was written but whose user was not (a crash between the two)', async () => {
    const lonely = await freshStore();
    const email = demoLogins()[1].email;
    // Claimed long ago for a user that never came: older than the grace, so it is taken over.
    await lonely.users.insert(claimDoc(email, 'never-written', new Date(Date.now() - 3_600_000)) as never);
    await seedDemoData(lonely, undefined, inject('demoPasswordHashes'));
    const user = await findUserByEmail(lonely, email);
    expect(user?.email).toBe(email);
    expect(user?.id).not.toBe('never-written');
  });

  it('seeded by two processes at once, gives each address one account', async () => {
    const shared = await freshStore();
    await Promise.all([seedDemoData(shared, undefined, inject('demoPasswordHashes')), seedDemoData(shared, undefined, inject('demoPasswordHashes'))]);
    const docs = await userDocs(shared);
    const users = docs.filter((d) => d.type === 'user');
    const claims = docs.filter((d) => d._id.startsWith('email:'));
    expect(users).toHaveLength(demoLogins().length);
    expect(claims).toHaveLength(demoLogins().length);
    // Every claim names the one user written for its address.
    for (const claim of claims) expect(users.find((u) => u._id === `user:${claim.userId}`)?.email).toBe(claim._id.slice('email:'.length));
  });
});
