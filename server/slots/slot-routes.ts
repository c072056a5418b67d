import type { Router } from 'express';
import { api, type ResponseOf } from '../../domain/api';
import { contractRouter } from '../http/contract';
import { isDistrict } from '../../domain/places/streets';
import { countsPerDistrict, findPool, parseSlotId } from '../../domain/slots';
import { requestLanguage, translator } from '../http/i18n';
import type { Store } from '../store';
import { freeSlots } from './free-slots';

/**
 * `GET /api/slots/:pool?district=…&from=…`: the free slots of a pool. Public data (no names, no
 * request ids, only counts), so anyone may ask and it may be cached briefly; devices keep the
 * last answer to offer offline.
 */
export function slotRoutes(store: Store, now: () => Date = () => new Date()): Router {
  const { router, route } = contractRouter('/api/slots');
  route(api('slots.free'), async ({ params, query }, req, res) => {
    // Worded from this capability's own locale namespace, in the caller's language.
    const refuse = (status: number, code: string) => {
      res.status(status).json({ error: code, message: translator(requestLanguage(req))(`slots:apiErrors.${code}`) });
    };
    try {
      const pool = findPool(params.pool);
      if (!pool) return refuse(404, 'unknown_pool');
      const district = query.district;
      if (countsPerDistrict(pool) && (!district || !isDistrict(district))) {
        return refuse(400, 'unknown_district');
      }
      const from = query.from || undefined;
      if (from !== undefined && !parseSlotId(from)) return refuse(400, 'invalid_from');
      const at = now();
      const slots = await freeSlots(store, pool, countsPerDistrict(pool) ? district : undefined, at, from);
      // Short: free places change with every booking; a stale list only costs a second choice.
      res.setHeader('Cache-Control', 'public, max-age=60');
      res.json({ pool: pool.id, district: countsPerDistrict(pool) ? district : undefined, fetchedAt: at.toISOString(), slots } satisfies ResponseOf<'slots.free'>);
    } catch (err) {
      throw err;
    }
  });
  return router;
}
