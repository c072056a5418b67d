import type { ClerkAction } from '../lifecycle/request-status';

/** The two decisions that close a case; each goes out as a letter (Bescheid). */
export const DECISION_OUTCOMES = ['complete', 'reject'] as const satisfies readonly ClerkAction[];
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export const DECISION_TEXT_MAX = 4000;

/**
 * A decision letter as the clerk previews it and the citizen receives it (as PDF and in the
 * Postfach). Every line is final text: the preview shows exactly what the PDF prints, and the
 * letter's digest ties the clerk's confirmation to what they saw.
 */
export interface DecisionLetter {
  outcome: DecisionOutcome;
  letterhead: { city: string; department: string };
  recipient: string;
  reference: string;
  /** Calendar day of the letter in Werne, YYYY-MM-DD. */
  date: string;
  /** The date as printed, e.g. "7. Dezember 2026". */
  dateText: string;
  subject: string;
  salutation: string;
  /** The decision in the clerk's words, paragraphs separated by blank lines. */
  text: string;
  /** The legal remedy notice; only where the service's decision can be challenged. */
  remedy?: { title: string; text: string };
  closing: string;
  signature: { name: string; department: string };
}

/** The stored decision of a closed case, as the clerk sees it afterwards. */
export interface DecisionRecordView {
  decisionId: string;
  letter: DecisionLetter;
  decidedAt: string;
  actorName: string;
  messageId: string;
  sha256: string;
}
