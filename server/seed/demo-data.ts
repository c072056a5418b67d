import { DEPARTMENTS } from '../../domain/catalogue/departments';
import { createUser } from '../auth';
import type { Logger } from '../logger';
import { isConflict, type Store } from '../store';

export interface DemoLogin {
  role: string;
  email: string;
  password: string;
  department?: string;
}

/** The demo logins: one clerk per department and one citizen. Printed at start, never for production. */
export function demoLogins(): DemoLogin[] {
  return [
    { role: 'Bürgerin (Demo)', email: 'buergerin@example.org', password: 'werne-demo-buergerin' },
    ...DEPARTMENTS.map((d) => ({
      role: `Sachbearbeitung ${d.name}`,
      email: `${d.id}@stadt-werne.example`,
      password: `werne-demo-${d.id}`,
      department: d.id,
    })),
  ];
}

async function ensureUser(store: Store, input: Parameters<typeof createUser>[1]): Promise<void> {
  try {
    await createUser(store, input);
  } catch (err) {
    if ((err as Error).constructor.name !== 'EmailTakenError') throw err;
  }
}

/** Departments and demo accounts; running it again changes nothing. */
export async function seedDemoData(store: Store, logger?: Logger): Promise<void> {
  for (const d of DEPARTMENTS) {
    try {
      await store.users.insert({ _id: `department:${d.id}`, type: 'department', name: d.name });
    } catch (err) {
      if (!isConflict(err)) throw err;
    }
  }
  const [citizen, ...clerks] = demoLogins();
  await ensureUser(store, {
    email: citizen.email,
    password: citizen.password,
    name: 'Erika Mustermann',
    profile: { street: 'Bonenstraße', houseNumber: '12', postcode: '59368', phone: '02389 123456' },
  });
  for (const clerk of clerks) {
    await ensureUser(store, { email: clerk.email, password: clerk.password, name: clerk.role, role: 'clerk', department: clerk.department });
  }
  logger?.info({ accounts: clerks.length + 1 }, 'demo data ready');
}
