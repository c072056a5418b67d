import { computeFee, findService, routeDepartment } from '../../domain/catalogue';
import { paymentAtRouting } from '../../domain/payments/open-payment';
import type { RequestDoc } from '../../domain/request/request-document';
import { validateAnswers, type FieldError } from '../../domain/validation/validate-answers';
import type { StoredRequest } from '../requests';
import type { RoutingContext } from './routing-overrides';

/** The catalogue alone: no overrides, every department takes requests. */
const CATALOGUE_ONLY: RoutingContext = { overrides: {}, takesRequests: () => true };

export type RoutingDecision =
  | { kind: 'route'; department: string; referencePrefix: string; feeCents: number; confirmedSlot?: string }
  /** Valid, but the wished slot is gone: numbered and routed, the citizen picks again. */
  | { kind: 'chooseSlot'; department: string; referencePrefix: string; feeCents: number; alternatives: string[]; reason?: string }
  | { kind: 'returned'; problems: FieldError[] };

/** History reason when the wished slot was taken (worded by `historyReasonText`). */
export const SLOT_TAKEN_REASON = 'slotTaken';

/**
 * A slot wish that merely came too close (the device was offline for a while) is no reason to
 * hand the whole request back: like a taken slot, it gets alternatives.
 */
function isOutdatedSlot(service: NonNullable<ReturnType<typeof findService>>, problem: FieldError): boolean {
  return service.fields[problem.field]?.type === 'slot' && problem.code === 'notFuture';
}

/**
 * What happens to a submitted request: full validation against the catalogue entry it was
 * filled against, then its department (the catalogue's rule with the administrator's override
 * as the store has it now) — or back to the citizen with the reasons.
 */
export function decideRouting(doc: StoredRequest, now: Date, context: RoutingContext = CATALOGUE_ONLY): RoutingDecision {
  const service = findService(doc.serviceId, doc.catalogueVersion);
  if (!service) return { kind: 'returned', problems: [{ field: 'serviceId', code: 'unknownService' }] };
  const problems = validateAnswers(service, doc.answers, now).filter((p) => !isOutdatedSlot(service, p));
  if (problems.length) return { kind: 'returned', problems };
  return {
    kind: 'route',
    department: routeDepartment(service, doc.answers, context.overrides[service.id], context.takesRequests),
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
  const { problems: _cleared, slotAlternatives: _offered, payment: _before, ...kept } = doc;
  // A fee is owed from the moment the request has its Aktenzeichen: the RF reference comes from it.
  const payment = paymentAtRouting(doc.payment, decision.feeCents, reference, now);
  const rest = payment ? { ...kept, payment } : kept;
  if (decision.kind === 'chooseSlot') {
    return {
      ...rest,
      status: 'needs_info',
      reference,
      department: decision.department,
      feeCents: decision.feeCents,
      receivedAt: doc.receivedAt ?? at,
      slotAlternatives: decision.alternatives,
      history: [...doc.history, { at, status: 'needs_info', actor: 'system', reason: decision.reason ?? SLOT_TAKEN_REASON, department: decision.department }],
    };
  }
  return {
    ...rest,
    status: 'received',
    reference,
    department: decision.department,
    feeCents: decision.feeCents,
    receivedAt: at,
    ...(decision.confirmedSlot ? { confirmedSlot: decision.confirmedSlot } : {}),
    history: [...doc.history, { at, status: 'received', actor: 'system', department: decision.department }],
  };
}
