import type { Router } from 'express';
import { api, type ResponseOf } from '../../domain/api';
import { contractRouter } from '../http/contract';
import {
  checkRoutingOverride,
  effectiveRule,
  findService,
  listServices,
  routingSlots,
  slotTarget,
  type FormService,
  type RoutingOverride,
} from '../../domain/catalogue';
import { activeDepartmentIds } from '../departments';
import { HttpError } from '../http/api-error';
import { readRoutingOverrides, RoutingConflictError, saveRoutingOverride } from '../routing';
import type { Store } from '../store';
import { auditAdmin } from './admin-audit';
import { invalid } from './admin-problems';

/** A service's rule as the routing page shows it: per slot the catalogue's choice, the override and the result. */
function describe(service: FormService, override: RoutingOverride | undefined) {
  const rule = service.routing;
  const effective = effectiveRule(rule, override);
  return {
    id: service.id,
    namespace: service.namespace,
    kind: rule.kind,
    ...(rule.kind === 'byAnswer' ? { field: rule.field } : {}),
    slots: routingSlots(service).map((slot) => ({
      slot,
      catalogue: slotTarget(rule, slot),
      // A value the catalogue's map doesn't name follows "otherwise" (and its override).
      followsOtherwise: rule.kind !== 'department' && slot !== '*' && !rule.map[slot],
      ...(override?.[slot] ? { override: override[slot] } : {}),
      effective: slotTarget(effective, slot),
    })),
  };
}

/** For the audit trail: `muell→gruen, *→ordnung`, or `–` for "as in the catalogue". */
function summarize(override: RoutingOverride): string {
  const parts = Object.entries(override).map(([slot, department]) => `${slot}→${department}`);
  return parts.length ? parts.join(', ') : '–';
}

/** Routing rules without code: every form service's rule, overridable per slot; one document, saved against its revision. */
export function routingAdminRoutes(store: Store): Router {
  const { router, route } = contractRouter('/api/admin/routing');

  route(api('admin.routing'), async (_input, _req, res) => {
    const { rev, services } = await readRoutingOverrides(store);
    res.json({ rev, services: listServices().map((s) => describe(s, services[s.id])) } satisfies ResponseOf<'admin.routing'>);
  });

  route(api('admin.routingService'), async ({ params }, _req, res) => {
    const service = findService(params.serviceId);
    if (!service) throw new HttpError(404, 'not_found');
    const { rev, services } = await readRoutingOverrides(store);
    res.json({ rev, service: describe(service, services[service.id]) });
  });

  route(api('admin.changeRouting'), async ({ params, body }, req, res) => {
    const service = findService(params.serviceId);
    if (!service) throw new HttpError(404, 'not_found');
    const rev = body.rev;
    if (rev !== null && (typeof rev !== 'string' || rev.length > 100)) throw invalid([{ field: 'rev', code: 'invalid' }]);
    const active = await activeDepartmentIds(store);
    const { override, problems } = checkRoutingOverride(service, body.override, (d) => active.has(d));
    if (problems.length) throw invalid(problems);
    let saved;
    try {
      saved = await saveRoutingOverride(store, service.id, override, rev, req.user!.id);
    } catch (err) {
      if (err instanceof RoutingConflictError) throw new HttpError(409, 'edit_conflict');
      throw err;
    }
    await auditAdmin(store, req, 'changeRouting', { service: service.id, override: summarize(override) });
    res.json({ rev: saved.rev, service: describe(service, saved.services[service.id]) });
  });

  return router;
}
