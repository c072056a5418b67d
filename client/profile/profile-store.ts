/**
 * The profile on the device: an RxDB local document next to the requests, so it is there
 * offline, survives reloads, and goes with the database at logout. `unsent` marks an edit the
 * server has not confirmed yet; it is sent when a connection exists (newer edit wins there).
 */
import { checkProfile, profileUiLanguage, type Profile } from '../../domain/profile';
import { setLanguage } from '../i18n/i18n';
import { apiFetch, ApiRequestError } from '../api/api-client';
import type { UserDatabase } from '../data/rxdb-database';
import { currentUser } from '../session/session';
import { writeCachedUser } from '../session/cached-user';
import type { ResponseOf } from '../../domain/api';

export const PROFILE_DOC_ID = 'profile';

export interface LocalProfile {
  profile: Profile;
  unsent: boolean;
}

export async function readLocalProfile(db: UserDatabase): Promise<LocalProfile | undefined> {
  const doc = await db.requests.getLocal<LocalProfile>(PROFILE_DOC_ID);
  return doc ? (doc.toJSON().data as LocalProfile) : undefined;
}

/** Keeps the edit on the device first (it can't be lost), then tries to send it. */
export async function saveProfileOnDevice(db: UserDatabase, input: Profile): Promise<{ sent: boolean }> {
  const profile: Profile = { ...checkProfile(input).profile, updatedAt: new Date().toISOString() };
  await db.requests.upsertLocal<LocalProfile>(PROFILE_DOC_ID, { profile, unsent: true });
  // Forms prefill from the signed-in user: they use the edit at once, connection or not.
  rememberOnUser(profile);
  return { sent: await sendUnsentProfile(db) };
}

let sending: Promise<boolean> | undefined;

/** Sends an unsent profile; true when the server has the device's latest edit. */
export function sendUnsentProfile(db: UserDatabase): Promise<boolean> {
  sending ??= (async () => {
    try {
      const local = await readLocalProfile(db);
      if (!local?.unsent) return true;
      const { profile } = await apiFetch<ResponseOf<'profile.save'>>('/api/profile', { body: { profile: local.profile } });
      // Only mark it sent if nothing was typed meanwhile.
      const now = await readLocalProfile(db);
      if (now?.profile.updatedAt === local.profile.updatedAt) {
        await db.requests.upsertLocal<LocalProfile>(PROFILE_DOC_ID, { profile, unsent: false });
      }
      rememberOnUser(profile);
      return true;
    } catch (error) {
      // The server refused the content: keeping it "unsent" would retry for ever. The device
      // keeps its copy; the profile page shows the server's reasons on the next save.
      if (error instanceof ApiRequestError && error.status === 400) {
        const now = await readLocalProfile(db);
        if (now) await db.requests.upsertLocal<LocalProfile>(PROFILE_DOC_ID, { ...now, unsent: false });
      }
      return false;
    } finally {
      sending = undefined;
    }
  })();
  return sending;
}

/** The cached user carries the profile too, so a reload offline shows the right name. */
function rememberOnUser(profile: Profile): void {
  const user = currentUser.value;
  if (!user || user.role !== 'citizen') return;
  // Unchanged: no new user object, so nothing watching the user runs again (no loops).
  if (JSON.stringify(user.profile) === JSON.stringify(profile) && user.name === (profile.name ?? user.name)) return;
  const next = { ...user, name: profile.name ?? user.name, profile };
  currentUser.value = next;
  writeCachedUser(next);
}

/**
 * Brings device and server together once per opened database: an unsent edit goes up; without
 * one, the server's profile (from /api/auth/me, possibly edited on another device) comes down.
 */
export async function reconcileProfile(db: UserDatabase, serverProfile: Profile | undefined): Promise<void> {
  const local = await readLocalProfile(db);
  if (local?.unsent) {
    rememberOnUser(local.profile);
    await sendUnsentProfile(db);
    return;
  }
  if (!serverProfile) return;
  if (!local || (serverProfile.updatedAt ?? '') > (local.profile.updatedAt ?? '') || !local.profile.updatedAt) {
    await db.requests.upsertLocal<LocalProfile>(PROFILE_DOC_ID, { profile: serverProfile, unsent: false });
    // A device the citizen uses for the first time speaks the language their profile asks for.
    const lng = profileUiLanguage(serverProfile);
    if (!local && lng) void setLanguage(lng);
  }
}

/**
 * What is typed into the profile form before "save": kept on every keystroke (nothing typed is
 * ever lost, even on a reload), in its own local document so it never mixes with the saved
 * profile, and removed with the database at logout.
 */
export const PROFILE_DRAFT_DOC_ID = 'profile-draft';

interface ProfileDraftDoc {
  form: Profile | null;
}

let draftWrites: Promise<unknown> = Promise.resolve();

/** Writes one after another, so a fast typist's keystrokes land in order. */
function queueDraftWrite(write: () => Promise<unknown>): Promise<void> {
  draftWrites = draftWrites.then(write, write);
  return draftWrites.then(() => undefined);
}

export function keepProfileDraft(db: UserDatabase, form: Profile): Promise<void> {
  return queueDraftWrite(() => db.requests.upsertLocal<ProfileDraftDoc>(PROFILE_DRAFT_DOC_ID, { form }));
}

export function dropProfileDraft(db: UserDatabase): Promise<void> {
  return queueDraftWrite(() => db.requests.upsertLocal<ProfileDraftDoc>(PROFILE_DRAFT_DOC_ID, { form: null }));
}

export async function readProfileDraft(db: UserDatabase): Promise<Profile | null> {
  await draftWrites.catch(() => undefined);
  const doc = await db.requests.getLocal<ProfileDraftDoc>(PROFILE_DRAFT_DOC_ID);
  return (doc?.toJSON().data.form as Profile | null | undefined) ?? null;
}
