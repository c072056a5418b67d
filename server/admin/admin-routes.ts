import type { Router } from 'express';
import { api } from '../../domain/api';
import { contractRouter } from '../http/contract';
import { listAudit, verifyAudit } from '../audit';
import { requireRole, type InvitationDeps } from '../auth';
import { archiveAdminRoutes } from '../archive';
import { capacityRoutes } from '../capacity';
import type { Store } from '../store';
import { ADMIN_AUDIT_CHAIN } from './admin-audit';
import { wordAdminProblems } from './admin-problems';
import { departmentAdminRoutes } from './department-admin';
import { routingAdminRoutes } from './routing-admin';
import { staffAdminRoutes } from './staff-admin';

/**
 * `/api/admin`: the administrator manages departments, staff accounts and routing rules, and
 * reads the administration's own audit chain. Never case contents. Everyone else: 403 (401
 * without a session) on every path, before anything is read.
 */
export function adminRoutes(store: Store, invitations: Omit<InvitationDeps, 'store'>): Router {
  const { router, route } = contractRouter('/api/admin');
  router.use(requireRole('admin'));
  router.use('/departments', departmentAdminRoutes(store));
  router.use('/staff', staffAdminRoutes(store, invitations));
  router.use('/routing', routingAdminRoutes(store));
  router.use('/capacity', capacityRoutes(store));
  router.use('/archive-offers', archiveAdminRoutes(store));
  route(api('admin.audit'), async ({ query }, _req, res) => {
    const before = Number(query.before) || undefined;
    const [entries, verification] = await Promise.all([listAudit(store, ADMIN_AUDIT_CHAIN, 100, before), verifyAudit(store, ADMIN_AUDIT_CHAIN)]);
    res.json({ entries, verification });
  });
  router.use(wordAdminProblems);
  return router;
}
