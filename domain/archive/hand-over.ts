/**
 * Handing closed cases to the city archive instead of deleting them (xdomea "Aussonderung"):
 * the portal offers every case past its retention (message 0501), the archive evaluates each one
 * (0502: A = archivieren, V = vernichten), takes over those it keeps (0503, the packages) and
 * confirms their import (0506); only then does the portal delete them.
 */
export const ARCHIVE_VERDICTS = ['A', 'V'] as const;
export type ArchiveVerdict = (typeof ARCHIVE_VERDICTS)[number];

export type OfferState = 'offered' | 'evaluated' | 'done';

export interface OfferedCase {
  requestId: string;
  reference: string;
  serviceId: string;
  department: string;
  closedOn: string;
  verdict?: ArchiveVerdict;
  /** The archive's own signature for a case it imported (0506 Archivkennung). */
  archivedAs?: string;
  /** Deleted from the portal: destroyed (V) or imported by the archive (A). */
  gone?: boolean;
}

export interface ArchiveOffer {
  processId: string;
  createdAt: string;
  state: OfferState;
  cases: OfferedCase[];
}

export interface EvaluationProblem {
  field: string;
  code: 'unknown' | 'missing' | 'twice';
  id: string;
}

/**
 * The archive's evaluation must name every offered case exactly once and nothing else: a case left
 * out would stay undecided for ever, an unknown id is a message for another offer.
 */
export function checkEvaluation(offered: readonly string[], given: readonly { id: string }[]): EvaluationProblem[] {
  const known = new Set(offered);
  const seen = new Set<string>();
  const problems: EvaluationProblem[] = [];
  for (const { id } of given) {
    if (!known.has(id)) problems.push({ field: 'objekte', code: 'unknown', id });
    else if (seen.has(id)) problems.push({ field: 'objekte', code: 'twice', id });
    seen.add(id);
  }
  for (const id of offered) if (!seen.has(id)) problems.push({ field: 'objekte', code: 'missing', id });
  return problems;
}
