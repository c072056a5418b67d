import { useEffect, useState } from 'preact/hooks';
import type { Profile } from '../../domain/profile';
import type { UserDatabase } from '../data/rxdb-database';
import { databaseFailed, userDatabase, whenDatabaseReady } from '../data/user-data';
import { currentUser } from '../session/session';
import { readLocalProfile, type LocalProfile, PROFILE_DOC_ID } from './profile-store';
import { keepProfileInSync } from './profile-sync';

/** Name and e-mail come from the account where the profile has none. */
function withAccountDefaults(profile: Profile | undefined): Profile {
  const user = currentUser.value;
  return { ...(user ? { name: user.name, email: user.email } : {}), ...(user?.profile ?? {}), ...(profile ?? {}) };
}

/**
 * The signed-in citizen's profile, live: what this device holds (works offline, follows edits
 * in other tabs), else what the server last said. Forms prefill from it (`prefillFrom`).
 * `undefined` while nobody is signed in as a citizen, or while the device's copy is being read.
 */
export function useProfile(): Profile | undefined {
  const db = userDatabase.value;
  const user = currentUser.value;
  const [local, setLocal] = useState<LocalProfile | null | undefined>(undefined);
  useEffect(() => {
    setLocal(undefined);
    if (!db) return;
    keepProfileInSync(db);
    const sub = db.requests.getLocal$<LocalProfile>(PROFILE_DOC_ID).subscribe((doc) => {
      setLocal(doc ? (doc.toJSON().data as LocalProfile) : null);
    });
    return () => sub.unsubscribe();
  }, [db]);
  if (!user || user.role !== 'citizen') return undefined;
  // Until the device's copy is read, the cached account's profile may be older than an edit
  // made offline: a form started from it would bring the old values back.
  if (local === undefined && !databaseFailed.value) return undefined;
  return withAccountDefaults(local?.profile);
}

/** The profile for code outside components (e.g. prefilling a new draft); waits for the database. */
export async function currentProfile(): Promise<Profile> {
  const db = await whenDatabaseReady();
  keepProfileInSync(db);
  return withAccountDefaults((await readLocalProfile(db))?.profile);
}
