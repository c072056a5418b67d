import { randomUUID } from 'node:crypto';
import { getOrNull, isConflict, type Store } from '../store';
import type { Role } from '../../domain/staff/roles';
import { hashPassword } from './passwords';
import type { Profile } from '../../domain/profile';

export type { Role };

export type { Profile } from '../../domain/profile';

/** What the app gets to know about the logged-in person. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  department?: string;
  profile: Profile;
}

interface UserDoc extends Omit<SessionUser, 'id'> {
  _id: string;
  _rev?: string;
  type: 'user';
  passwordHash: string;
  createdAt: string;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

function toSessionUser(doc: UserDoc): SessionUser {
  return {
    id: doc._id.slice('user:'.length),
    email: doc.email,
    name: doc.name,
    role: doc.role,
    ...(doc.department ? { department: doc.department } : {}),
    profile: doc.profile ?? {},
  };
}

export class EmailTakenError extends Error {}

/**
 * Creates a user. The e-mail address is claimed first with its own document, whose id is the
 * address: CouchDB refuses the second claim (409), so two registrations racing for one address
 * can never both succeed, even across server processes.
 */
export async function createUser(
  store: Store,
  input: { email: string; password: string; name: string; role?: Role; department?: string; profile?: Profile },
): Promise<SessionUser> {
  const email = normalizeEmail(input.email);
  const id = randomUUID();
  try {
    await store.users.insert({ _id: `email:${email}`, type: 'email', userId: id });
  } catch (err) {
    if (isConflict(err)) throw new EmailTakenError(email);
    throw err;
  }
  const doc: UserDoc = {
    _id: `user:${id}`,
    type: 'user',
    email,
    name: input.name.trim(),
    role: input.role ?? 'citizen',
    ...(input.department ? { department: input.department } : {}),
    profile: input.profile ?? {},
    passwordHash: await hashPassword(input.password),
    createdAt: new Date().toISOString(),
  };
  await store.users.insert(doc);
  return toSessionUser(doc);
}

export async function findUserByEmail(store: Store, email: string): Promise<(SessionUser & { passwordHash: string }) | undefined> {
  const claim = await getOrNull<{ userId: string }>(store.users, `email:${normalizeEmail(email)}`);
  const doc = claim && (await getOrNull<UserDoc>(store.users, `user:${claim.userId}`));
  return doc ? { ...toSessionUser(doc), passwordHash: doc.passwordHash } : undefined;
}

export async function findUserById(store: Store, id: string): Promise<SessionUser | undefined> {
  const doc = await getOrNull<UserDoc>(store.users, `user:${id}`);
  return doc ? toSessionUser(doc) : undefined;
}

/** Names of many users at once, for clerk lists. */
export async function findUsersByIds(store: Store, ids: string[]): Promise<Map<string, SessionUser>> {
  if (ids.length === 0) return new Map();
  const res = await store.users.fetch({ keys: [...new Set(ids)].map((id) => `user:${id}`) });
  const out = new Map<string, SessionUser>();
  for (const row of res.rows) {
    if ('doc' in row && row.doc) out.set(row.id.slice(5), toSessionUser(row.doc as UserDoc));
  }
  return out;
}
