import type { Request } from 'express';
import type { BodyOf, EndpointById, ResponseOf } from '../../domain/api';
import { DECISION_OUTCOMES } from '../../domain/decisions/decision-letter';
import { FINAL_STATUSES, type ClerkAction } from '../../domain/lifecycle/request-status';
import { chainDecisions } from '../audit';
import { HttpError } from '../http/api-error';
import type { Store } from '../store';
import { applyAction, audit, colleague, departmentRequest, readActionInput } from './case-actions';
import { assign, unassign } from './casework';
import { adjustCounts } from './inbox-query';

type BulkBody = BodyOf<EndpointById<'clerk.bulk'>>;
type BulkResult = ResponseOf<'clerk.bulk'>['results'][number];
/** Status changes a bulk action may make: none of them closes a case (that is a decision letter per case). */
const BULK_STATUS_ACTIONS: readonly ClerkAction[] = ['start', 'askForInfo', 'forward'];

/** What the body asks for, checked once for all cases: who may do it, and what it needs. */
async function readBulk(store: Store, req: Request, body: BulkBody) {
  if ((DECISION_OUTCOMES as readonly string[]).includes(body.action)) {
    // Completing or rejecting sends a letter the clerk has previewed for this one case.
    throw new HttpError(400, 'decision_required', [{ field: 'action', code: 'decisionRequired' }], 'clerk-decisions:apiErrors.decision_required');
  }
  const reason = body.reason?.trim() ?? '';
  if (body.action === 'askForInfo' && !reason) throw new HttpError(400, 'reason_required', [{ field: 'reason', code: 'required' }]);
  if (reason.length > 2000) throw new HttpError(400, 'validation_failed', [{ field: 'reason', code: 'tooLong' }]);
  // Forwarding: the target checked once as for one case (another active department, never the own).
  const department = body.action === 'forward' ? (await readActionInput(store, { action: 'forward', reason, department: body.department }, req.user!.department!)).department : undefined;
  if (body.department !== undefined && body.action !== 'forward') throw new HttpError(400, 'validation_failed', [{ field: 'department', code: 'notForward' }]);
  const target = body.action === 'assign' ? await colleague(store, req, body.assigneeId) : req.user!;
  if (body.action === 'assign' && target.id !== req.user!.id && req.user!.role !== 'lead') throw new HttpError(403, 'forbidden');
  return { reason, target, department };
}

/**
 * One confirmed action for many cases. Who may do it is decided once for all (handing cases to a
 * colleague is the lead's); each case is then done on its own, and one that cannot be (closed,
 * fee unpaid, gone, already in that state) is reported with its reason without stopping the others.
 */
export async function bulkAction(store: Store, req: Request, body: BulkBody): Promise<BulkResult[]> {
  const { reason, target, department } = await readBulk(store, req, body);
  const results: BulkResult[] = [];
  for (const id of body.ids) {
    let reference: string | undefined;
    try {
      const doc = await departmentRequest(store, req, id);
      reference = doc.reference;
      if (FINAL_STATUSES.includes(doc.status)) throw new HttpError(409, 'already_closed');
      if ((BULK_STATUS_ACTIONS as readonly string[]).includes(body.action)) {
        const { doc: changed, from } = await applyAction(store, req, id, { action: body.action as ClerkAction, reason, ...(department ? { department } : {}) });
        adjustCounts(store, doc.department!, from, -1);
        adjustCounts(store, changed.department!, changed.status, +1);
        await chainDecisions(store, [changed]).catch(() => undefined);
        // A forwarded case is the new department's to assign (as for one case).
        if (department) await unassign(store, changed._id);
      } else {
        await assign(store, doc._id, target);
        await audit(store, req, body.action, doc, { bulk: body.ids.length, ...(body.action === 'assign' ? { assignee: target.id } : {}) });
      }
      results.push({ id, ...(reference ? { reference } : {}), ok: true });
    } catch (err) {
      if (!(err instanceof HttpError)) throw err;
      results.push({ id, ...(reference ? { reference } : {}), ok: false, error: err.code, status: err.status });
    }
  }
  return results;
}
