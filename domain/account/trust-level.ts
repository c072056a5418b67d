/**
 * Vertrauensniveau (trust level) of a login, as eIDAS and BundID name it: `basis` (user name and
 * password at BundID), `substantiell` (e.g. ELSTER certificate), `hoch` (Online-Ausweis). A portal
 * password login has none. BundID hands it over as the attribute `trustlevel` in its
 * STORK-QAA wording; brokers often pass the eIDAS word instead, so both are read.
 */
export const TRUST_LEVELS = ['basis', 'substantiell', 'hoch'] as const;
export type TrustLevel = (typeof TRUST_LEVELS)[number];

/** BundID's STORK-QAA names of the levels (QAA 2 has no login method at BundID). */
export const STORK_QAA: Record<TrustLevel, string> = {
  basis: 'STORK-QAA-Level-1',
  substantiell: 'STORK-QAA-Level-3',
  hoch: 'STORK-QAA-Level-4',
};

export function isTrustLevel(value: unknown): value is TrustLevel {
  return (TRUST_LEVELS as readonly unknown[]).includes(value);
}

/** The level a `trustlevel` claim names, or undefined for anything unknown (never guessed upwards). */
export function parseTrustLevel(value: unknown): TrustLevel | undefined {
  if (typeof value !== 'string') return undefined;
  const word = value.trim().toLowerCase();
  if (isTrustLevel(word)) return word;
  if (word === 'stork-qaa-level-1' || word === 'stork-qaa-level-2') return 'basis';
  if (word === 'stork-qaa-level-3') return 'substantiell';
  if (word === 'stork-qaa-level-4') return 'hoch';
  return undefined;
}

/** Whether a login at `actual` (none for a password login) meets `required` (none: anyone). */
export function meetsTrustLevel(actual: TrustLevel | undefined, required: TrustLevel | undefined): boolean {
  if (!required) return true;
  if (!actual) return false;
  return TRUST_LEVELS.indexOf(actual) >= TRUST_LEVELS.indexOf(required);
}
