import { EMPTY_SETTINGS, applySettings, type CapacitySettings } from '../../domain/capacity';
import { findPool, type SlotPool } from '../../domain/slots';
import { getOrNull, isConflict, type Store } from '../store';

/** The administered figures of a pool: one document per pool in the counters database, beside its slots. */
type SettingsDoc = CapacitySettings & { _id: string; _rev?: string; type: 'capacity' };

export const settingsDocId = (poolId: string) => `capacity:${poolId}`;

export class CapacityEditConflict extends Error {}

/** The settings as stored (empty when never set) with the revision to save against. */
export async function readSettings(store: Store, poolId: string): Promise<{ rev: string | null; settings: CapacitySettings }> {
  const doc = await getOrNull<SettingsDoc>(store.counters, settingsDocId(poolId));
  if (!doc) return { rev: null, settings: EMPTY_SETTINGS(poolId) };
  const { _id, _rev, type: _type, ...settings } = doc;
  return { rev: _rev ?? null, settings: { ...EMPTY_SETTINGS(poolId), ...settings } };
}

/**
 * The pool as it is today: the catalogue's defaults with what the administrator set. Read fresh
 * on every use (one small document), so every server process books against the same figures.
 */
export async function loadPool(store: Store, poolId: string): Promise<SlotPool | undefined> {
  const base = findPool(poolId);
  if (!base) return undefined;
  return applySettings(base, (await readSettings(store, poolId)).settings);
}

/** Saves against the revision read; another admin's save in between is refused. */
export async function saveSettings(store: Store, settings: CapacitySettings, rev: string | null): Promise<string> {
  try {
    const res = await store.counters.insert({ _id: settingsDocId(settings.pool), ...(rev ? { _rev: rev } : {}), type: 'capacity', ...settings });
    return res.rev;
  } catch (err) {
    if (isConflict(err)) throw new CapacityEditConflict();
    throw err;
  }
}

/** Read-modify-write of the settings for the server's own steps (closing, opening a day). */
export async function changeSettings(store: Store, poolId: string, change: (s: CapacitySettings) => CapacitySettings): Promise<CapacitySettings> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const { rev, settings } = await readSettings(store, poolId);
    const next = change(settings);
    try {
      await saveSettings(store, next, rev);
      return next;
    } catch (err) {
      if (!(err instanceof CapacityEditConflict)) throw err;
    }
  }
  throw new Error(`capacity settings of ${poolId} kept changing`);
}
