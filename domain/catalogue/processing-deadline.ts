import { FINAL_STATUSES, type RequestStatus } from '../lifecycle/request-status';
import { replyDeadline } from './reply-deadline';
import type { FormService } from './service-definition';

/**
 * The day by which a case should be decided: the legal reply deadline where the law sets one,
 * else the department's own processing target (`processingDays`, catalogue data). None for
 * closed cases, or services without either.
 */
export function caseDeadline(service: FormService | undefined, receivedAt: string | undefined, status: RequestStatus): string | undefined {
  if (!service || (FINAL_STATUSES as readonly string[]).includes(status)) return undefined;
  const rule = service.replyDeadline ?? (service.processingDays ? { days: service.processingDays, legalBasis: '' } : undefined);
  return replyDeadline(rule, receivedAt);
}
