import { findService } from '../../domain/catalogue';
import type { RequestDoc } from '../../domain/request/request-document';
import { validateAnswers, type FieldError } from '../../domain/validation/validate-answers';
import type { StoredRequest } from '../requests';
import type { Store } from '../store';
import { assignReference } from './reference-counter';

export type RoutingOutcome =
  | { kind: 'received'; reference: string; department: string }
  | { kind: 'returned'; problems: FieldError[] };

/**
 * Decides what happens to a submitted request: full validation against the catalogue entry it
 * was filled against, then its department and reference number — or back to the citizen.
 */
export async function decideRouting(store: Store, doc: StoredRequest, now: Date): Promise<RoutingOutcome> {
  const service = findService(doc.serviceId, doc.catalogueVersion);
  if (!service) return { kind: 'returned', problems: [{ field: 'serviceId', code: 'unknownService' }] };
  const problems = validateAnswers(service, doc.answers, now);
  if (problems.length) return { kind: 'returned', problems };
  const year = Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Berlin', year: 'numeric' }).format(now));
  const reference = await assignReference(store, doc._id, service.referencePrefix, year);
  return { kind: 'received', reference, department: service.department };
}

/** The stored request after routing: status, reference, department and a history line. */
export function applyRouting(doc: StoredRequest, outcome: RoutingOutcome, now: Date): StoredRequest {
  const at = now.toISOString();
  if (outcome.kind === 'returned') {
    const history: RequestDoc['history'] = [...doc.history, { at, status: 'draft', actor: 'system', reason: 'returned' }];
    return { ...doc, status: 'draft', problems: outcome.problems, history };
  }
  const { problems: _cleared, ...rest } = doc;
  return {
    ...rest,
    status: 'received',
    reference: outcome.reference,
    department: outcome.department,
    receivedAt: at,
    history: [...doc.history, { at, status: 'received', actor: 'system', department: outcome.department }],
  };
}
