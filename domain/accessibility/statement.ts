import type { A11ySummary } from './a11y-summary';

/**
 * The Erklärung zur Barrierefreiheit as data: what the city states by hand (dates, known
 * limitations it found by manual review, contacts) beside what the last automated run measured
 * (a11y-summary.ts). Structure after the EU model statement (Durchführungsbeschluss (EU)
 * 2018/1523) and § 10b BGG NRW with §§ 4–5 BITVNRW, which bind a municipality in NRW; the
 * enforcement body is therefore the Ombudsstelle of the state (§ 10d BGG NRW), not the federal
 * Schlichtungsstelle nach § 16 BGG. The texts live in `locales/*\/barrierefreiheit.json`.
 */
export type Conformity = 'full' | 'partial';

/** A part of the portal that is not (yet) fully accessible; its texts are `limitations.<id>.*`. */
export interface StatementLimitation {
  id: string;
  /** Whether an accessible alternative exists (then `limitations.<id>.alternative` names it). */
  alternative: boolean;
}

export interface AccessibilityStatement {
  /** ISO dates (YYYY-MM-DD). */
  createdOn: string;
  reviewedOn: string;
  /** The standard the portal is measured against, as cited. */
  standard: string;
  limitations: readonly StatementLimitation[];
  /** The accessibility officer; the department that receives barrier reports. */
  contact: { department: string };
  ombudsstelle: { email: string; url: string };
}

export const ACCESSIBILITY_STATEMENT: AccessibilityStatement = {
  createdOn: '2026-12-01',
  reviewedOn: '2026-12-01',
  standard: 'BITV 2.0 / EN 301 549 V3.2.1 (WCAG 2.1 AA), geprüft nach WCAG 2.2 AA',
  limitations: [
    // BITV 2.0 § 4 asks for explanations in German Sign Language; the videos are not recorded yet.
    { id: 'gebaerdensprache', alternative: true },
    // pdf-lib writes untagged PDFs (no PDF/UA structure): receipts and letters are not accessible PDFs.
    { id: 'pdf', alternative: true },
    // Offers the catalogue links to (council information system, library, VHS…) are run elsewhere.
    { id: 'extern', alternative: false },
  ],
  // The officer's e-mail and phone are the city's (CityConfig.accessibilityContact).
  contact: { department: 'barrierefreiheit' },
  ombudsstelle: { email: 'ombudsstelle-barrierefreie-it@mags.nrw.de', url: 'https://www.lbbp.nrw.de/ombudsstelle' },
};

/**
 * "Vollständig vereinbar" only when nothing is known to fall short: no limitation stated by hand
 * or by the test run, and a recorded run with zero violations. Anything else is "teilweise".
 */
export function conformity(statement: AccessibilityStatement, summary: A11ySummary): Conformity {
  const clean = summary.checkedAt !== undefined && summary.violations === 0;
  return clean && statement.limitations.length === 0 && summary.knownLimitations.length === 0 ? 'full' : 'partial';
}
