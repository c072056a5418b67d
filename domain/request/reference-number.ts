/** Aktenzeichen (reference number) of a routed request: `SPM-2026-000123`. */
export function formatReference(prefix: string, year: number, number: number): string {
  return `${prefix}-${year}-${String(number).padStart(6, '0')}`;
}

export const REFERENCE_PATTERN = /^[A-Z]{2,5}-\d{4}-\d{6}$/;
