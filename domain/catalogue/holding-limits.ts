import type { Answers } from './service-definition';

/** History reasons of a request sent back because its sender already holds enough slots. */
export const HOLDING_LIMIT_REASONS = ['slotLimitPersonDay', 'slotLimitAddressYear'] as const;
export type HoldingLimitReason = (typeof HOLDING_LIMIT_REASONS)[number];

/**
 * How many slots of a pool one holder may have at once, as data. A holder is the account (a
 * person) or the address the request names (a household with several accounts is one address).
 * Counted are slots confirmed to requests that are neither withdrawn nor rejected.
 * SAMPLE FIGURES for Werne, to be set by the departments.
 */
export interface HoldingLimit {
  pool: string;
  holder: { kind: 'person' } | { kind: 'address'; fields: readonly string[] };
  /** Counted per calendar day of the slot, or per calendar year. */
  period: 'day' | 'year';
  /** Slots (places) per holder and period. */
  max: number;
  reason: HoldingLimitReason;
}

export const HOLDING_LIMITS: readonly HoldingLimit[] = [
  // One counter appointment per person and day: three requests for one slot can't block it.
  { pool: 'buergerbuero', holder: { kind: 'person' }, period: 'day', max: 1, reason: 'slotLimitPersonDay' },
  // Bulky waste: a number of pickup days per household and year.
  { pool: 'sperrmuell', holder: { kind: 'address', fields: ['street', 'houseNumber', 'postcode'] }, period: 'year', max: 6, reason: 'slotLimitAddressYear' },
];

export function holdingLimitOf(poolId: string): HoldingLimit | undefined {
  return HOLDING_LIMITS.find((l) => l.pool === poolId);
}

/** Who holds, as a comparable key: the owner's id, or the address written the same way. */
export function holderKey(limit: HoldingLimit, owner: string, answers: Answers): string | undefined {
  if (limit.holder.kind === 'person') return `person:${owner}`;
  const parts = limit.holder.fields.map((f) => (typeof answers[f] === 'string' ? (answers[f] as string) : ''));
  if (parts.some((p) => !p.trim())) return undefined;
  return `address:${parts.map((p) => p.toLocaleLowerCase('de').replace(/\s+/g, '')).join('|')}`;
}

/** The period a slot id (`2026-12-03` or `2026-12-03T09:30`) counts in: its day or its year. */
export function limitPeriod(limit: HoldingLimit, slot: string): string {
  return limit.period === 'day' ? slot.slice(0, 10) : slot.slice(0, 4);
}
