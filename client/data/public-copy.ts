/**
 * Public lists the device keeps in localStorage for offline use (free slots, found items,
 * department names): nothing personal, so not in the user's database. Storage may be missing,
 * blocked (private mode, policies) or full; then there is simply no offline copy.
 */

/** The kept copy under `key`, if there is one and `accept` takes its shape. */
export function readPublicCopy<T>(key: string, accept: (parsed: unknown) => T | undefined, storage?: Storage): T | undefined {
  try {
    // Inside the try: touching localStorage itself can throw.
    const raw = (storage ?? localStorage).getItem(key);
    return raw ? accept(JSON.parse(raw)) : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps `value` under `key`; a full or blocked storage only costs the offline copy. */
export function keepPublicCopy(key: string, value: unknown, storage?: Storage): void {
  try {
    (storage ?? localStorage).setItem(key, JSON.stringify(value));
  } catch {
    // The value is still shown now, just not offline next time.
  }
}
