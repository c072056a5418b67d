import { randomUUID } from 'node:crypto';
import { getOrNull, updateDocument, type Store } from '../store';
import { claimEmail } from './email-claim';
import { STAFF_ROLES, isStaffRole, type Role, type StaffRole } from '../../domain/staff/roles';
import { hashPassword } from './passwords';
import type { Profile } from '../../domain/profile';
import type { Identity } from '../../domain/account/identity';
import type { SessionUser } from '../../domain/api';
import type { StaffAccount } from '../../domain/staff/staff-account';

export type { Role, StaffAccount };

export type { Profile } from '../../domain/profile';

/** What the app gets to know about the logged-in person: the contract's answer. */
export type { SessionUser };

export interface UserDoc extends Omit<SessionUser, 'id' | 'emailConfirmed' | 'identity' | 'login'> {
  _id: string;
  _rev?: string;
  type: 'user';
  passwordHash: string;
  createdAt: string;
  /** Set while an administrator has deactivated the (staff) account: no login, no session. */
  deactivatedAt?: string;
  updatedAt?: string;
  /**
   * Set at self-registration until the confirmation link is used. Absent means confirmed: staff
   * accounts, fixtures and every account from before the rule (server/auth/email).
   */
  emailUnconfirmed?: true;
  /** A linked BundID login (server/auth/oidc); its `sub` never leaves the server. */
  identity?: Identity;
  /** When the latest staff invitation was sent: links of earlier invitations no longer work (server/auth/invitation). */
  invitedAt?: string;
  /** The staff login of the city's own provider bound to this staff account (server/auth/staff-oidc): a hash of issuer and `sub`. */
  staffLogin?: string;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function toSessionUser(doc: UserDoc): SessionUser {
  const { sub: _sub, ...identity } = doc.identity ?? ({} as Partial<Identity>);
  return {
    id: doc._id.slice('user:'.length),
    email: doc.email,
    name: doc.name,
    role: doc.role,
    ...(doc.department ? { department: doc.department } : {}),
    profile: doc.profile ?? {},
    emailConfirmed: !doc.emailUnconfirmed,
    ...(doc.pendingEmail ? { pendingEmail: doc.pendingEmail } : {}),
    ...(doc.identity ? { identity: identity as Omit<Identity, 'sub'> } : {}),
  };
}

export { EmailTakenError } from './email-claim';

/** Test hook: runs between the claim and the user write, where a crash once stranded addresses. */
export interface CreateUserHooks {
  afterClaim?: () => Promise<void>;
}

/**
 * Creates a user. The password is hashed before anything is written, so the claim of the
 * address and the user document follow each other at once; a claim left without its user by a
 * crash is taken over later (see email-claim.ts), so no address is ever stranded.
 */
export async function createUser(store: Store, input: NewUser, hooks: CreateUserHooks = {}): Promise<SessionUser> {
  const email = normalizeEmail(input.email);
  const id = randomUUID();
  // A hash made beforehand (the demo accounts in tests, see seed/demo-data.ts) skips the scrypt work.
  const passwordHash = 'passwordHash' in input ? input.passwordHash : await hashPassword(input.password);
  await claimEmail(store, email, id);
  await hooks.afterClaim?.();
  const doc = newUserDoc(input, id, passwordHash);
  await store.users.insert(doc);
  return toSessionUser(doc);
}

export type NewUser = { email: string; name: string; role?: Role; department?: string; profile?: Profile; unconfirmed?: boolean } & ({ password: string } | { passwordHash: string });

/** The user document createUser writes once the address is claimed for `id` (also the demo seed's, written in bulk). */
export function newUserDoc(input: NewUser, id: string, passwordHash: string): UserDoc {
  return {
    _id: `user:${id}`,
    type: 'user',
    email: normalizeEmail(input.email),
    name: input.name.trim(),
    role: input.role ?? 'citizen',
    ...(input.department ? { department: input.department } : {}),
    profile: input.profile ?? {},
    passwordHash,
    createdAt: new Date().toISOString(),
    ...(input.unconfirmed ? { emailUnconfirmed: true as const } : {}),
  };
}

export async function findUserByEmail(store: Store, email: string): Promise<(SessionUser & { passwordHash: string; active: boolean }) | undefined> {
  const claim = await getOrNull<{ userId: string }>(store.users, `email:${normalizeEmail(email)}`);
  const doc = claim && (await getOrNull<UserDoc>(store.users, `user:${claim.userId}`));
  return doc ? { ...toSessionUser(doc), passwordHash: doc.passwordHash, active: !doc.deactivatedAt } : undefined;
}

export async function findUserById(store: Store, id: string): Promise<SessionUser | undefined> {
  const doc = await getOrNull<UserDoc>(store.users, `user:${id}`);
  return doc ? toSessionUser(doc) : undefined;
}

/** A user who may act now: sessions and assignments ask this, so a deactivated account is shut out at once. */
export async function findActiveUserById(store: Store, id: string): Promise<SessionUser | undefined> {
  const doc = await getOrNull<UserDoc>(store.users, `user:${id}`);
  return doc && !doc.deactivatedAt ? toSessionUser(doc) : undefined;
}

function toStaffAccount(doc: UserDoc): StaffAccount {
  const { id, email, name, department } = toSessionUser(doc);
  return {
    id,
    email,
    name,
    role: doc.role as StaffRole,
    ...(department ? { department } : {}),
    active: !doc.deactivatedAt,
    // An empty hash never verifies (passwords.ts): invited, no password chosen yet.
    invitationPending: !doc.passwordHash,
    createdAt: doc.createdAt,
  };
}

async function staffDocsWithRole(store: Store, role: StaffRole): Promise<UserDoc[]> {
  const found = await store.users.find({ selector: { role }, limit: 10_000, use_index: 'idx-by-role' } as never);
  return (found.docs as UserDoc[]).filter((d) => d.type === 'user');
}

/** Every staff account (citizens never), by name. One exact query per role, each on the role index. */
export async function listStaffAccounts(store: Store): Promise<StaffAccount[]> {
  const perRole = await Promise.all(STAFF_ROLES.map((role) => staffDocsWithRole(store, role)));
  return perRole
    .flat()
    .map(toStaffAccount)
    .sort((a, b) => a.name.localeCompare(b.name, 'de') || a.email.localeCompare(b.email));
}

export async function readStaffAccount(store: Store, id: string): Promise<StaffAccount | undefined> {
  if (typeof id !== 'string' || id.length > 100) return undefined;
  const doc = await getOrNull<UserDoc>(store.users, `user:${id}`);
  return doc?.type === 'user' && isStaffRole(doc.role) ? toStaffAccount(doc) : undefined;
}

export async function countActiveAdmins(store: Store): Promise<number> {
  return (await staffDocsWithRole(store, 'admin')).filter((d) => !d.deactivatedAt).length;
}

export interface StaffChange {
  role?: StaffRole;
  /** `null` removes the department (a role that works across departments). */
  department?: string | null;
  active?: boolean;
}

/**
 * Changes a staff account's role, department or state, read and written with its `_rev`: a
 * concurrent change (the person editing their profile, another administrator) is re-read and
 * applied on top, never overwritten.
 */
export async function updateStaffAccount(store: Store, id: string, change: StaffChange): Promise<StaffAccount> {
  const written = await updateDocument<UserDoc>(store.users, `user:${id}`, (doc) => {
    if (!doc || doc.type !== 'user' || !isStaffRole(doc.role)) throw new Error(`not a staff account: ${id}`);
    const next: UserDoc = { ...doc, updatedAt: new Date().toISOString() };
    if (change.role) next.role = change.role;
    if (change.department === null) delete next.department;
    else if (change.department !== undefined) next.department = change.department;
    if (change.active === true) delete next.deactivatedAt;
    else if (change.active === false && !doc.deactivatedAt) next.deactivatedAt = next.updatedAt;
    return next;
  });
  return toStaffAccount(written!);
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
