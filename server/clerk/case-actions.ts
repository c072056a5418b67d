import { randomUUID } from 'node:crypto';
import type { Request } from 'express';
import { ACTIONS_NEEDING_REASON, CLERK_ACTIONS, canTransition, type ClerkAction, type RequestStatus } from '../../domain/lifecycle/request-status';
import { decideWorkStart } from '../../domain/payments/work-gate';
import type { HistoryEntry } from '../../domain/request/request-document';
import { appendAudit } from '../audit';
import { findActiveUserById } from '../auth';
import { activeDepartment } from '../departments';
import { HttpError } from '../http/api-error';
import { getOrNull, StoreBusyError, updateDocument, type Store } from '../store';
import type { DecisionRecord, StoredRequest } from '../requests';

/** A request of the clerk's own department; anything else is "not found", so ids reveal nothing. */
function ownDepartmentRequest(doc: StoredRequest | null, req: Request): StoredRequest & { _rev: string } {
  if (!doc || doc.type !== 'request' || doc.deleted || !doc.department || doc.department !== req.user!.department) {
    throw new HttpError(404, 'not_found');
  }
  return doc as StoredRequest & { _rev: string };
}

/** The case `id` (the path's, as the contract's door admitted it) if it is with the clerk's department; 404 otherwise. */
export async function departmentRequest(store: Store, req: Request, id: string): Promise<StoredRequest> {
  return ownDepartmentRequest(await getOrNull<StoredRequest>(store.requests, id), req);
}

/** Appends to the department's audit trail what this clerk did with this request. */
export function audit(store: Store, req: Request, action: string, doc?: StoredRequest, detail?: Record<string, string | number>) {
  const user = req.user!;
  return appendAudit(store, {
    department: user.department!,
    actorId: user.id,
    actorName: user.name,
    action,
    ...(doc ? { requestId: doc._id, ...(doc.reference ? { reference: doc.reference } : {}) } : {}),
    ...(detail ? { detail } : {}),
  });
}

export interface ActionInput {
  action: ClerkAction;
  reason: string;
  department?: string;
  /** Why work starts before the fee is paid (only with `start`; see domain/payments/work-gate). */
  paymentOverride?: string;
  /** The decision letter this completion or rejection sent (server/clerk/decide.ts); never from the body. */
  decisionId?: string;
}

/** What `applyAction` decided beyond the status: a start before payment, with its reason. */
export interface ActionOutcome {
  doc: StoredRequest;
  /** The status the case left. */
  from: RequestStatus;
  paymentOverride?: string;
}

/** The clerk's decision as sent; a forward must name another department that takes requests (as the store has it now). */
export async function readActionInput(store: Store, body: Record<string, unknown> | undefined, ownDepartment: string): Promise<ActionInput> {
  const action = body?.action as ClerkAction;
  if (typeof action !== 'string' || !Object.hasOwn(CLERK_ACTIONS, action)) throw new HttpError(400, 'invalid_action');
  const reason = typeof body?.reason === 'string' ? body.reason.trim() : '';
  if (ACTIONS_NEEDING_REASON.includes(action) && !reason) throw new HttpError(400, 'reason_required', [{ field: 'reason', code: 'required' }]);
  if (reason.length > 2000) throw new HttpError(400, 'validation_failed', [{ field: 'reason', code: 'tooLong' }]);
  if (action === 'start' && typeof body?.paymentOverride === 'string' && body.paymentOverride.trim()) {
    return { action, reason, paymentOverride: body.paymentOverride };
  }
  if (action !== 'forward') return { action, reason };
  const department = typeof body?.department === 'string' ? body.department : '';
  if (!department) throw new HttpError(400, 'validation_failed', [{ field: 'department', code: 'required' }]);
  if (department === ownDepartment || !(await activeDepartment(store, department))) throw new HttpError(400, 'validation_failed', [{ field: 'department', code: 'invalid' }]);
  return { action, reason, department };
}

/**
 * Applies a clerk's decision. The request document carries it (status, history, reason), so it
 * reaches the citizen's device through the ordinary sync. A lost race (the citizen withdrew in
 * the same instant) re-reads and decides again.
 */
export async function applyAction(store: Store, req: Request, id: string, input: ActionInput): Promise<ActionOutcome> {
  const target = CLERK_ACTIONS[input.action];
  let paymentOverride: string | undefined;
  let from: RequestStatus = 'received';
  try {
    const written = await updateDocument<StoredRequest>(store.requests, id, (current) => {
      const doc = ownDepartmentRequest(current, req);
      if (!canTransition('clerk', doc.status, target)) throw new HttpError(409, 'invalid_transition');
      from = doc.status;
      paymentOverride = undefined;
      if (input.action === 'start') {
        // Decided on the stored state inside the write: a payment arriving meanwhile counts.
        const decision = decideWorkStart(doc, input.paymentOverride);
        if (!decision.allowed) {
          throw new HttpError(409, 'payment_required', [{ field: 'paymentOverride', code: decision.problem }], 'clerk-payments:apiErrors.payment_required');
        }
        if (decision.override) paymentOverride = decision.reason;
      }
      // The override's reason goes into the history the citizen reads, as the reason of the start.
      const historyReason = input.reason || paymentOverride;
      const entry: HistoryEntry = {
        at: new Date().toISOString(),
        status: target,
        actor: 'clerk',
        ...(historyReason ? { reason: historyReason } : {}),
        ...(input.department ? { department: input.department } : {}),
      };
      // The audit record rides in the same write as the decision: the two cannot diverge.
      const user = req.user!;
      const facts: Record<string, string> | undefined = input.department
        ? { to: input.department }
        : paymentOverride
          ? { paymentOverride }
          : input.decisionId
            ? { decisionId: input.decisionId }
            : undefined;
      const decision: DecisionRecord = {
        id: randomUUID(),
        at: entry.at,
        department: user.department!,
        actorId: user.id,
        actorName: user.name,
        action: input.action,
        ...(doc.reference ? { reference: doc.reference } : {}),
        ...(facts ? { detail: facts } : {}),
      };
      const updated: StoredRequest = { ...doc, status: target, history: [...doc.history, entry], decisions: [...(doc.decisions ?? []), decision] };
      if (input.department) updated.department = input.department;
      if (input.reason) updated.statusReason = input.reason;
      else delete updated.statusReason;
      return updated;
    });
    return { doc: written!, from, ...(paymentOverride ? { paymentOverride } : {}) };
  } catch (err) {
    if (err instanceof StoreBusyError) throw new HttpError(409, 'invalid_transition');
    throw err;
  }
}

/** A colleague of the same department (clerk or lead), or a 400 naming the field. */
export async function colleague(store: Store, req: Request, userId: unknown) {
  const user = typeof userId === 'string' && userId.length < 100 ? await findActiveUserById(store, userId) : undefined;
  if (!user || user.department !== req.user!.department || (user.role !== 'clerk' && user.role !== 'lead')) {
    throw new HttpError(400, 'validation_failed', [{ field: 'assignee', code: 'invalid' }]);
  }
  return user;
}
