import type { Request } from 'express';
import type { BodyOf, EndpointById, ResponseOf } from '../../domain/api';
import { FINAL_STATUSES } from '../../domain/lifecycle/request-status';
import { chainDecisions } from '../audit';
import { HttpError } from '../http/api-error';
import type { Store } from '../store';
import { applyAction, audit, colleague, departmentRequest } from './case-actions';
import { assign } from './casework';
import { adjustCounts } from './inbox-query';

type BulkBody = BodyOf<EndpointById<'clerk.bulk'>>;
type BulkResult = ResponseOf<'clerk.bulk'>['results'][number];

/**
 * One confirmed action for many cases. Who may do it is decided once for all (handing cases to a
 * colleague is the lead's); each case is then done on its own, and one that cannot be (closed,
 * fee unpaid, gone) is reported by its reference without stopping the others.
 */
export async function bulkAction(store: Store, req: Request, body: BulkBody): Promise<BulkResult[]> {
  const target = body.action === 'assign' ? await colleague(store, req, body.assigneeId) : req.user!;
  if (body.action === 'assign' && target.id !== req.user!.id && req.user!.role !== 'lead') throw new HttpError(403, 'forbidden');
  const results: BulkResult[] = [];
  for (const id of body.ids) {
    let reference: string | undefined;
    try {
      const doc = await departmentRequest(store, req, id);
      reference = doc.reference;
      if (FINAL_STATUSES.includes(doc.status)) throw new HttpError(409, 'invalid_transition');
      if (body.action === 'start') {
        const { doc: started, from } = await applyAction(store, req, id, { action: 'start', reason: '' });
        adjustCounts(store, started.department!, from, -1);
        adjustCounts(store, started.department!, started.status, +1);
        await chainDecisions(store, [started]).catch(() => undefined);
      } else {
        await assign(store, doc._id, target);
        await audit(store, req, body.action, doc, { bulk: body.ids.length, ...(body.action === 'assign' ? { assignee: target.id } : {}) });
      }
      results.push({ id, ...(reference ? { reference } : {}), ok: true });
    } catch (err) {
      if (!(err instanceof HttpError)) throw err;
      results.push({ id, ...(reference ? { reference } : {}), ok: false, error: err.code });
    }
  }
  return results;
}
