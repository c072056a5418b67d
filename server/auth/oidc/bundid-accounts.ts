import { createHash, randomUUID } from 'node:crypto';
import type { MappedIdentity } from '../../../domain/account/identity';
import type { Profile } from '../../../domain/profile';
import { getOrNull, isConflict, updateDocument, type Store } from '../../store';
import { toSessionUser, type SessionUser, type UserDoc } from '../users';

/**
 * The claim that ties one BundID `sub` to one account, like the e-mail claim ties an address:
 * its id is unique, so two first logins at once can't make two accounts. The `sub` is hashed in
 * the id (ids show up in logs and changes feeds).
 */
interface SubClaim {
  _id: string;
  _rev?: string;
  type: 'bundid-claim';
  userId: string;
  createdAt: string;
}

const claimId = (sub: string) => `bundid:${createHash('sha256').update(sub).digest('hex')}`;

export class BundIdAlreadyLinkedError extends Error {}

/** The account already has a BundID login of another person; unlink it first (in the profile). */
export class AccountHasOtherBundIdError extends Error {}

/** The account a BundID `sub` belongs to, if any (active or not: the caller decides). */
export async function findUserIdBySub(store: Store, sub: string): Promise<string | undefined> {
  return (await getOrNull<SubClaim>(store.users, claimId(sub)))?.userId;
}

async function claimSub(store: Store, sub: string, userId: string): Promise<void> {
  try {
    await store.users.insert({ _id: claimId(sub), type: 'bundid-claim', userId, createdAt: new Date().toISOString() } satisfies SubClaim);
  } catch (err) {
    if (!isConflict(err)) throw err;
    if ((await findUserIdBySub(store, sub)) !== userId) throw new BundIdAlreadyLinkedError('this BundID login belongs to another account');
  }
}

/** The profile with BundID's confirmed fields written over the citizen's own (a new login may bring a move). */
function withVerified(profile: Profile, mapped: MappedIdentity): Profile {
  return { ...profile, ...mapped.profile, updatedAt: new Date().toISOString() };
}

/**
 * A first BundID login: a citizen account without e-mail and password (it logs in with BundID
 * only; an address can be added in the profile for replies). The `sub` is claimed first, so a
 * second first login at the same moment finds the claim and logs into this account.
 */
export async function createBundIdUser(store: Store, mapped: MappedIdentity): Promise<SessionUser> {
  const id = randomUUID();
  try {
    await claimSub(store, mapped.identity.sub, id);
  } catch (err) {
    if (!(err instanceof BundIdAlreadyLinkedError)) throw err;
    return (await refreshIdentity(store, (await findUserIdBySub(store, mapped.identity.sub))!, mapped))!;
  }
  const { givenName, familyName } = mapped.identity.attributes;
  const doc: UserDoc = {
    _id: `user:${id}`,
    type: 'user',
    email: '',
    name: [givenName, familyName].filter(Boolean).join(' ') || 'BundID',
    role: 'citizen',
    profile: withVerified({}, mapped),
    // No password: an empty hash never verifies (passwords.ts), so only BundID opens this account.
    passwordHash: '',
    createdAt: new Date().toISOString(),
    identity: mapped.identity,
  };
  await store.users.insert(doc);
  return toSessionUser(doc);
}

/** A later BundID login: the identity and the confirmed fields as BundID tells them today. */
export async function refreshIdentity(store: Store, userId: string, mapped: MappedIdentity): Promise<SessionUser | undefined> {
  const written = await updateDocument<UserDoc>(store.users, `user:${userId}`, (doc) => {
    if (!doc || doc.type !== 'user' || doc.deactivatedAt) return undefined;
    return { ...doc, identity: mapped.identity, profile: withVerified(doc.profile ?? {}, mapped), updatedAt: new Date().toISOString() };
  });
  return written ? toSessionUser(written) : undefined;
}

/**
 * Links BundID to an existing (password) account. Only ever called for the account signed in by
 * password on this very browser when the login started: both are proven then. Never by matching
 * e-mail addresses: BundID's address is not confirmed to belong to the portal account's owner,
 * and whoever controls a BundID account with someone's address would take over their portal
 * account and see their requests.
 */
export async function linkBundId(store: Store, userId: string, mapped: MappedIdentity): Promise<SessionUser | undefined> {
  // One account is one person: a second BundID on top of a linked one would let both open it.
  const linked = (await getOrNull<UserDoc>(store.users, `user:${userId}`))?.identity?.sub;
  if (linked && linked !== mapped.identity.sub) throw new AccountHasOtherBundIdError('this account is linked to another BundID login');
  await claimSub(store, mapped.identity.sub, userId);
  return refreshIdentity(store, userId, mapped);
}

export type UnlinkRefusal = 'not_linked' | 'no_password';

/**
 * Takes BundID off an account: the `sub` claim goes (a later BundID login makes a new account),
 * the identity too, so the confirmed profile fields become the citizen's own to edit. Refused
 * when nothing is linked, or when the account has no password (a first BundID login made it):
 * it could then never be opened again.
 */
export async function unlinkBundId(store: Store, userId: string): Promise<SessionUser | UnlinkRefusal> {
  let refusal: UnlinkRefusal | undefined;
  let sub: string | undefined;
  const written = await updateDocument<UserDoc>(store.users, `user:${userId}`, (doc) => {
    if (!doc || doc.type !== 'user' || doc.deactivatedAt) return undefined;
    if (!doc.identity) return void (refusal = 'not_linked');
    if (!doc.passwordHash || !doc.email) return void (refusal = 'no_password');
    sub = doc.identity.sub;
    const { identity: _identity, ...rest } = doc;
    return { ...rest, updatedAt: new Date().toISOString() } as UserDoc;
  });
  if (refusal) return refusal;
  if (!written) return 'not_linked';
  const claim = sub ? await getOrNull<SubClaim>(store.users, claimId(sub)) : undefined;
  if (claim?._rev && claim.userId === userId) await store.users.destroy(claim._id, claim._rev).catch((err: unknown) => { if (!isConflict(err) && (err as { statusCode?: number }).statusCode !== 404) throw err; });
  return toSessionUser(written);
}
