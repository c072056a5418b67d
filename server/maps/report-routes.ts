import type { Router } from 'express';
import { api, type ResponseOf } from '../../domain/api';
import { parseLatLon } from '../../domain/maps';
import { HttpError } from '../http/api-error';
import { contractRouter } from '../http/contract';
import type { Store } from '../store';
import { addMeToo } from './me-too';
import { nearbyReports } from './nearby-reports';

/** The map's open reports (public, coarse) and "me too" (citizens), under `/api/karte/meldungen`. */
export function reportRoutes(store: Store): Router {
  const { router, route } = contractRouter('/api/karte');
  route(api('map.nearbyReports'), async ({ query, user }, _req, res) => {
    const centre = parseLatLon(`${query.lat}, ${query.lon}`);
    if (!centre) throw new HttpError(400, 'validation_failed', [{ field: 'lat', code: 'invalid' }], 'map:apiErrors.invalid_point');
    res.json({ reports: await nearbyReports(store, centre, user?.id) } satisfies ResponseOf<'map.nearbyReports'>);
  });
  route(api('map.meToo'), async ({ params, user }, _req, res) => {
    res.json(await addMeToo(store, params.id, user!.id));
  });
  return router;
}
