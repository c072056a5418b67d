import type { Answers, FormService, SlotField } from '../catalogue/service-definition';
import { districtOf } from '../places/streets';
import { findPool, countsPerDistrict, type SlotPool } from './pools';

/** A request's wish for a slot: which field, which pool, the district counted in, the slot. */
export interface SlotWish {
  field: string;
  pool: SlotPool;
  /** Set for pools counted per district; `undefined` when the street isn't in the register. */
  district: string | undefined;
  slot: string;
}

/** The district a slot field's capacity is counted in, from the street answer it names. */
export function slotDistrict(field: SlotField, answers: Answers): string | undefined {
  if (!field.districtFrom) return undefined;
  const street = answers[field.districtFrom];
  return typeof street === 'string' ? districtOf(street) : undefined;
}

/** The first slot question of a service with its answer, or undefined when it has none. */
export function slotWish(service: FormService, answers: Answers): SlotWish | undefined {
  for (const [field, def] of Object.entries(service.fields)) {
    if (def.type !== 'slot') continue;
    const pool = findPool(def.pool);
    const slot = answers[field];
    if (!pool || typeof slot !== 'string' || !slot) return undefined;
    return { field, pool, district: countsPerDistrict(pool) ? slotDistrict(def, answers) : undefined, slot };
  }
  return undefined;
}
