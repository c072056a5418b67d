import { DEPARTMENTS } from '../../domain/catalogue/departments';
import { findStreet, streetRegister } from '../../domain/places';
import { createUser, type Role } from '../auth';
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
  await ensureUser(store, {
    email: citizen.email,
    ...secret(citizen),
    name: 'Erika Mustermann',
    profile: { street: home.name, houseNumber: '12', postcode: home.postcode, phone: '02389 123456' },
  });
  for (const person of staff) {
    await ensureUser(store, { email: person.email, ...secret(person), name: person.role, role: person.kind, department: person.department });
  }
  logger?.info({ accounts: staff.length + 1 }, 'demo data ready');
}
