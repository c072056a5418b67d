import { Router, type Request } from 'express';
import { findUserById, requireRole } from '../auth';
import { HttpError } from '../http/api-error';
import { getOrNull, isConflict, type Store } from '../store';
import { toDeviceDoc, type StoredRequest } from '../requests';
import {
  ACTIONS_NEEDING_REASON,
  CLERK_ACTIONS,
  REQUEST_STATUSES,
  ROUTED_STATUSES,
  canTransition,
  type ClerkAction,
} from '../../domain/lifecycle/request-status';

const SUMMARY_FIELDS = ['_id', 'reference', 'serviceId', 'status', 'receivedAt', 'updatedAt', 'department'];

/** A request of the clerk's own department; anything else is "not found", so ids reveal nothing. */
async function departmentRequest(store: Store, req: Request): Promise<StoredRequest> {
  const doc = await getOrNull<StoredRequest>(store.requests, String(req.params.id));
  if (!doc || doc.type !== 'request' || !doc.department || doc.department !== req.user!.department) throw new HttpError(404, 'not_found');
  return doc;
}

async function withCitizen(store: Store, doc: StoredRequest) {
  const citizen = await findUserById(store, doc.owner);
  const { _deleted, ...request } = toDeviceDoc(doc);
  return { ...request, citizen: citizen ? { name: citizen.name, email: citizen.email } : null };
}

/** The department's inbox and the clerk's decisions on a request. */
export function clerkRoutes(store: Store): Router {
  const router = Router();
  router.use(requireRole('clerk'));

  router.get('/requests', async (req, res) => {
    const status = typeof req.query.status === 'string' && req.query.status ? req.query.status : undefined;
    if (status && !REQUEST_STATUSES.includes(status as never)) throw new HttpError(400, 'invalid_filter');
    const result = await store.requests.find({
      selector: {
        department: req.user!.department,
        receivedAt: { $gt: null },
        status: status ? status : { $in: [...ROUTED_STATUSES, 'withdrawn'] },
      },
      sort: [{ department: 'desc' }, { receivedAt: 'desc' }],
      fields: SUMMARY_FIELDS,
      limit: 500,
      use_index: 'idx-by-department-received',
    } as never);
    res.json({
      requests: result.docs.map(({ _id, ...rest }: { _id: string }) => ({ id: _id, ...rest })),
    });
  });

  router.get('/requests/:id', async (req, res) => {
    res.json({ request: await withCitizen(store, await departmentRequest(store, req)) });
  });

  router.post('/requests/:id/actions', async (req, res) => {
    const action = req.body?.action as ClerkAction;
    if (!Object.hasOwn(CLERK_ACTIONS, action)) throw new HttpError(400, 'invalid_action');
    const reason = typeof req.body?.reason === 'string' ? req.body.reason.trim() : '';
    if (ACTIONS_NEEDING_REASON.includes(action) && !reason) throw new HttpError(400, 'reason_required', [{ field: 'reason', code: 'required' }]);
    if (reason.length > 2000) throw new HttpError(400, 'validation_failed', [{ field: 'reason', code: 'tooLong' }]);
    const target = CLERK_ACTIONS[action];
    // Re-read on a lost race (e.g. the citizen withdrew at the same moment) and decide again.
    for (let attempt = 0; attempt < 5; attempt++) {
      const doc = await departmentRequest(store, req);
      if (!canTransition('clerk', doc.status, target)) throw new HttpError(409, 'invalid_transition');
      const updated: StoredRequest = {
        ...doc,
        status: target,
        history: [
          ...doc.history,
          { at: new Date().toISOString(), status: target, actor: 'clerk', ...(reason ? { reason } : {}) },
        ],
      };
      if (reason) updated.statusReason = reason;
      else delete updated.statusReason;
      try {
        const written = await store.requests.insert(updated as never);
        res.json({ request: await withCitizen(store, { ...updated, _rev: written.rev }) });
        return;
      } catch (err) {
        if (!isConflict(err)) throw err;
      }
    }
    throw new HttpError(409, 'invalid_transition');
  });

  return router;
}
