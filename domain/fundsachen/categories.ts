/**
 * What gets lost and found in Werne, as the Fundbüro (lost-property office) sorts it. One list
 * for both sides: a lost report and a found item of the same category are a possible match.
 */
export const FUND_CATEGORIES = [
  'geldboerse',
  'schluessel',
  'handy',
  'tasche',
  'fahrrad',
  'schmuck',
  'dokumente',
  'kleidung',
  'sonstiges',
] as const;

export type FundCategory = (typeof FUND_CATEGORIES)[number];

export function isFundCategory(value: unknown): value is FundCategory {
  return typeof value === 'string' && (FUND_CATEGORIES as readonly string[]).includes(value);
}
