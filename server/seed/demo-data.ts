import { DEPARTMENTS } from '../../domain/catalogue/departments';
import { findStreet, streetRegister } from '../../domain/places';
import { randomUUID } from 'node:crypto';
import { claimDoc, claimId, createUser, newUserDoc, normalizeEmail, type NewUser, type Role } from '../auth';
import { hashPassword } from '../auth/passwords';
import type { Logger } from '../logger';
import type { Store } from '../store';

export interface DemoLogin {
  role: string;
  email: string;
  password: string;
  department?: string;
  kind: Role;
}

/**
 * The demo logins: one citizen, a clerk and a department lead per department, the treasury and
 * an administrator. Printed at start, never for production.
 */
export function demoLogins(): DemoLogin[] {
  return [
    { role: 'Bürgerin (Demo)', email: 'buergerin@example.org', password: 'werne-demo-buergerin', kind: 'citizen' },
    ...DEPARTMENTS.map((d) => ({
      role: `Sachbearbeitung ${d.name}`,
      email: `${d.id}@stadt-werne.example`,
      password: `werne-demo-${d.id}`,
      department: d.id,
      kind: 'clerk' as const,
    })),
    ...DEPARTMENTS.map((d) => ({
      role: `Fachdienstleitung ${d.name}`,
      email: `leitung-${d.id}@stadt-werne.example`,
      password: `werne-demo-leitung-${d.id}`,
      department: d.id,
      kind: 'lead' as const,
    })),
    { role: 'Stadtkasse (Zahlungen)', email: 'kasse@stadt-werne.example', password: 'werne-demo-kasse', kind: 'treasury' },
    { role: 'Administration', email: 'admin@stadt-werne.example', password: 'werne-demo-admin', kind: 'admin' },
  ];
}

async function ensureUser(store: Store, input: Parameters<typeof createUser>[1]): Promise<void> {
  try {
    await createUser(store, input);
  } catch (err) {
    if ((err as Error).constructor.name !== 'EmailTakenError') throw err;
  }
}

/** Password hashes of the demo logins by address, to make once for many portals (see seedDemoData). */
export type DemoPasswordHashes = Record<string, string>;

export async function hashDemoPasswords(): Promise<DemoPasswordHashes> {
  return Object.fromEntries(await Promise.all(demoLogins().map(async (l) => [l.email, await hashPassword(l.password)] as const)));
}

/**
 * Demo accounts (the departments are seeded at every start, see server/departments); running it
 * again changes nothing. Hashing the 31 passwords is ~1.5 s of scrypt: the tests, which start a
 * portal per file, pass the hashes they made once per run (logins still verify them with scrypt).
 */
export async function seedDemoData(store: Store, logger?: Logger, hashes?: DemoPasswordHashes): Promise<void> {
  const secret = (login: DemoLogin) => (hashes?.[login.email] ? { passwordHash: hashes[login.email] } : { password: login.password });
  const [citizen, ...staff] = demoLogins();
  // The demo citizen lives on the street the city's hints name as their example.
  const home = findStreet(streetRegister().exampleStreet)!;
  await ensureUsers(store, [
    {
      email: citizen.email,
      ...secret(citizen),
      name: 'Erika Mustermann',
      profile: { street: home.name, houseNumber: '12', postcode: home.postcode, phone: '02389 123456' },
    },
    ...staff.map((person) => ({ email: person.email, ...secret(person), name: person.role, role: person.kind, department: person.department })),
  ]);
  logger?.info({ accounts: staff.length + 1 }, 'demo data ready');
}

/**
 * The accounts as createUser makes them, in at most four requests instead of two or three per
 * account one after the other (~60 at every start, ~200 portal starts per test run): one read of
 * the claims and of their users, then the missing claims and users each in one bulk write, claim
 * before user as createUser does. An account whose claim exists but whose user does not (a crash
 * between the two writes), or whose claim another process wrote meanwhile, goes through
 * createUser, which takes over a stranded claim or finds the address taken.
 */
async function ensureUsers(store: Store, given: NewUser[]): Promise<void> {
  const inputs = given.map((input) => ({ ...input, email: normalizeEmail(input.email) }));
  const claims = await store.users.fetch({ keys: inputs.map((input) => claimId(input.email)) });
  const claimed = new Map<string, string>();
  for (const row of claims.rows) if ('doc' in row && row.doc) claimed.set(row.key, (row.doc as { userId: string }).userId);
  const users = claimed.size ? await store.users.fetch({ keys: [...claimed.values()].map((id) => `user:${id}`) }) : { rows: [] };
  const present = new Set(users.rows.filter((row) => 'doc' in row && row.doc).map((row) => row.key));
  // Hashed before anything is written, as in createUser: the claims and the users follow each other at once.
  const unclaimed = await Promise.all(
    inputs
      .filter((input) => !claimed.has(claimId(input.email)))
      .map(async (input) => ({ input, id: randomUUID(), passwordHash: 'passwordHash' in input ? input.passwordHash : await hashPassword(input.password) })),
  );
  const written = unclaimed.length ? await store.users.bulk({ docs: unclaimed.map(({ input, id }) => claimDoc(input.email, id)) }) : [];
  const userDocs = unclaimed.filter((_, i) => !written[i].error).map(({ input, id, passwordHash }) => newUserDoc(input, id, passwordHash));
  if (userDocs.length) {
    const failed = (await store.users.bulk({ docs: userDocs })).find((result) => result.error);
    if (failed) throw new Error(`demo account ${failed.id} not written: ${failed.error}`);
  }
  const others = [
    ...inputs.filter((input) => claimed.has(claimId(input.email)) && !present.has(`user:${claimed.get(claimId(input.email))}`)),
    ...unclaimed.filter((_, i) => written[i].error).map(({ input }) => input),
  ];
  for (const input of others) await ensureUser(store, input);
}
