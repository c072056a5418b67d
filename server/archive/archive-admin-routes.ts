import type { Router } from 'express';
import { api, type ResponseOf } from '../../domain/api';
import { contractRouter } from '../http/contract';
import type { Store } from '../store';
import { listOffers } from './hand-over';

/**
 * `/api/admin/archive-offers`: what was offered to the city archive and what the archive made of
 * it, for the administration to follow (read-only; only the archive evaluates). Mounted inside the
 * admin router, so every other role was refused before this runs. Metadata only, as in the offer.
 */
export function archiveAdminRoutes(store: Store): Router {
  const { router, route } = contractRouter('/api/admin/archive-offers');
  route(api('admin.archiveOffers'), async (_input, _req, res) => {
    res.json({ offers: await listOffers(store) } satisfies ResponseOf<'admin.archiveOffers'>);
  });
  return router;
}
