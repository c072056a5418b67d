import { computeFee, findService, routeDepartment } from '../../domain/catalogue';
import type { RequestDoc } from '../../domain/request/request-document';
import { validateAnswers, type FieldError } from '../../domain/validation/validate-answers';
import type { StoredRequest } from '../requests';

export type RoutingDecision =
  | { kind: 'route'; department: string; referencePrefix: string; feeCents: number }
  | { kind: 'returned'; problems: FieldError[] };

/**
 * What happens to a submitted request: full validation against the catalogue entry it was
 * filled against, then its department — or back to the citizen with the reasons.
 */
export function decideRouting(doc: StoredRequest, now: Date): RoutingDecision {
  const service = findService(doc.serviceId, doc.catalogueVersion);
  if (!service) return { kind: 'returned', problems: [{ field: 'serviceId', code: 'unknownService' }] };
  const problems = validateAnswers(service, doc.answers, now);
  if (problems.length) return { kind: 'returned', problems };
  return {
    kind: 'route',
    department: routeDepartment(service, doc.answers),
    referencePrefix: service.referencePrefix,
    feeCents: computeFee(service, doc.answers),
  };
}

/** The year reference numbers count in: Werne's, not the server's time zone. */
export function referenceYear(now: Date): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Berlin', year: 'numeric' }).format(now));
}

/** The stored request after routing: status, reference, department and a history line. */
export function applyRouting(doc: StoredRequest, decision: RoutingDecision, reference: string | undefined, now: Date): StoredRequest {
  const at = now.toISOString();
  if (decision.kind === 'returned') {
    const history: RequestDoc['history'] = [...doc.history, { at, status: 'draft', actor: 'system', reason: 'returned' }];
    return { ...doc, status: 'draft', problems: decision.problems, history };
  }
  const { problems: _cleared, ...rest } = doc;
  return {
    ...rest,
    status: 'received',
    reference,
    department: decision.department,
    feeCents: decision.feeCents,
    receivedAt: at,
    history: [...doc.history, { at, status: 'received', actor: 'system', department: decision.department }],
  };
}
