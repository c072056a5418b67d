import { useEffect, useState } from 'preact/hooks';
import type { Profile } from '../../domain/profile';
import type { UserDatabase } from '../data/rxdb-database';
import { userDatabase, whenDatabaseReady } from '../data/user-data';
import { currentUser } from '../session/session';
import { readLocalProfile, reconcileProfile, sendUnsentProfile, type LocalProfile, PROFILE_DOC_ID } from './profile-store';

const watched = new WeakSet<UserDatabase>();

/** Once per database: reconcile with the server's copy, and send unsent edits when back online. */
function keepInSync(db: UserDatabase): void {
  if (watched.has(db)) return;
  watched.add(db);
  void reconcileProfile(db, currentUser.value?.profile).catch(() => undefined);
  const onOnline = () => {
    if (userDatabase.value !== db) return window.removeEventListener('online', onOnline);
    void sendUnsentProfile(db).catch(() => undefined);
  };
  window.addEventListener('online', onOnline);
}

/** Name and e-mail come from the account where the profile has none. */
function withAccountDefaults(profile: Profile | undefined): Profile {
  const user = currentUser.value;
  return { ...(user ? { name: user.name, email: user.email } : {}), ...(user?.profile ?? {}), ...(profile ?? {}) };
}

/**
 * The signed-in citizen's profile, live: what this device holds (works offline, follows edits
 * in other tabs), else what the server last said. Forms prefill from it (`prefillFrom`).
 * `undefined` while nobody is signed in as a citizen.
 */
export function useProfile(): Profile | undefined {
  const db = userDatabase.value;
  const user = currentUser.value;
  const [local, setLocal] = useState<LocalProfile | null | undefined>(undefined);
  useEffect(() => {
    if (!db) return;
    keepInSync(db);
    const sub = db.requests.getLocal$<LocalProfile>(PROFILE_DOC_ID).subscribe((doc) => {
      setLocal(doc ? (doc.toJSON().data as LocalProfile) : null);
    });
    return () => sub.unsubscribe();
  }, [db]);
  if (!user || user.role !== 'citizen') return undefined;
  return withAccountDefaults(local?.profile);
}

/** Whether the device holds a profile edit the server has not confirmed yet. */
export function useProfileUnsent(): boolean {
  const db = userDatabase.value;
  const [unsent, setUnsent] = useState(false);
  useEffect(() => {
    if (!db) return;
    const sub = db.requests.getLocal$<LocalProfile>(PROFILE_DOC_ID).subscribe((doc) => setUnsent(Boolean(doc?.toJSON().data.unsent)));
    return () => sub.unsubscribe();
  }, [db]);
  return unsent;
}

/** The profile for code outside components (e.g. prefilling a new draft); waits for the database. */
export async function currentProfile(): Promise<Profile> {
  const db = await whenDatabaseReady();
  keepInSync(db);
  return withAccountDefaults((await readLocalProfile(db))?.profile);
}
