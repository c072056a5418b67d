import { createHash } from 'node:crypto';
import { isStaffRole } from '../../../domain/staff/roles';
import { getOrNull, isConflict, updateDocument, type Store } from '../../store';
import { findActiveUserById, findUserByEmail, type SessionUser, type UserDoc } from '../users';
import type { StaffClaims } from './staff-relying-party';

/** Why a staff login is refused; `unknown` covers citizens too, so the answer tells nobody which addresses have citizen accounts. */
export type StaffRefusal = 'unknown' | 'deactivated' | 'boundElsewhere';

/** One city login (issuer + `sub`) belongs to one staff account; hashed, as ids show in logs and feeds. */
const loginKey = (issuer: string, sub: string) => createHash('sha256').update(`${issuer}\n${sub}`).digest('hex');
const claimId = (key: string) => `staff-login:${key}`;

class BoundElsewhere extends Error {}

/**
 * The staff account a login of the city's provider opens. Roles stay the administrator's: the
 * first login finds the account the administrator created by its e-mail address and binds it to
 * the `sub`; later logins go by the `sub` alone (an address may change). Nobody unknown is created,
 * and a citizen account never becomes staff this way.
 */
export async function staffAccountForLogin(store: Store, issuer: string, claims: StaffClaims): Promise<SessionUser | StaffRefusal> {
  const key = loginKey(issuer, claims.sub);
  let userId = (await getOrNull<{ userId: string }>(store.users, claimId(key)))?.userId;
  if (!userId) {
    const found = claims.email ? await findUserByEmail(store, claims.email) : undefined;
    if (!found || !isStaffRole(found.role)) return 'unknown';
    if (!found.active) return 'deactivated';
    try {
      await updateDocument<UserDoc>(store.users, `user:${found.id}`, (doc) => {
        if (!doc || !isStaffRole(doc.role)) return undefined;
        if (doc.staffLogin && doc.staffLogin !== key) throw new BoundElsewhere();
        return doc.staffLogin ? undefined : { ...doc, staffLogin: key, updatedAt: new Date().toISOString() };
      });
      await store.users.insert({ _id: claimId(key), type: 'staff-login-claim', userId: found.id, createdAt: new Date().toISOString() });
    } catch (err) {
      if (err instanceof BoundElsewhere) return 'boundElsewhere';
      if (!isConflict(err)) throw err;
      // Two first logins at once: the claim written first decides.
      if ((await getOrNull<{ userId: string }>(store.users, claimId(key)))?.userId !== found.id) return 'boundElsewhere';
    }
    userId = found.id;
  }
  const user = await findActiveUserById(store, userId);
  if (!user) return 'deactivated';
  return isStaffRole(user.role) ? user : 'unknown';
}
