import { DEPARTMENTS } from '../../domain/catalogue/departments';
import { createUser, type Role } from '../auth';
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

/** Demo accounts (the departments are seeded at every start, see server/departments); running it again changes nothing. */
export async function seedDemoData(store: Store, logger?: Logger): Promise<void> {
  const [citizen, ...staff] = demoLogins();
  await ensureUser(store, {
    email: citizen.email,
    password: citizen.password,
    name: 'Erika Mustermann',
    profile: { street: 'Bonenstraße', houseNumber: '12', postcode: '59368', phone: '02389 123456' },
  });
  for (const person of staff) {
    await ensureUser(store, { email: person.email, password: person.password, name: person.role, role: person.kind, department: person.department });
  }
  logger?.info({ accounts: staff.length + 1 }, 'demo data ready');
}
