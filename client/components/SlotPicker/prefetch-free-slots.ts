import type { Answers, ServiceDefinition } from '../../../domain/catalogue/service-definition';
import { countsPerDistrict, findPool } from '../../../domain/slots/pools';
import { slotDistrict } from '../../../domain/slots/slot-wish';
import { cachedFreeSlots, loadFreeSlots } from './free-slots-cache';

/** A list younger than this is fresh enough to offer offline without asking again. */
const FRESH_MS = 5 * 60_000;

/**
 * Fetches the free slots of a form's slot questions while the citizen is still on earlier pages,
 * so a connection lost before the slot page still leaves a recent list on the device.
 */
export async function prefetchFreeSlots(
  service: ServiceDefinition,
  answers: Answers,
  /** Fields on the page being shown: their picker fetches by itself. */
  shown: readonly string[] = [],
  now = Date.now(),
): Promise<void> {
  if (typeof navigator !== 'undefined' && !navigator.onLine) return;
  for (const [id, def] of Object.entries(service.fields)) {
    if (def.type !== 'slot' || shown.includes(id)) continue;
    const pool = findPool(def.pool);
    if (!pool) continue;
    const district = countsPerDistrict(pool) ? slotDistrict(def, answers) : undefined;
    if (countsPerDistrict(pool) && !district) continue;
    const cached = cachedFreeSlots(pool.id, district);
    if (cached && now - Date.parse(cached.fetchedAt) < FRESH_MS) continue;
    // Only a convenience: the slot page asks again and says so if this failed.
    await loadFreeSlots(pool.id, district).catch(() => undefined);
  }
}
