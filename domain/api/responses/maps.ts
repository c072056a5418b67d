import type { FromSchema } from 'json-schema-to-ts';
import { object } from '../endpoint';

const NUMBER = { type: 'number' } as const;

/**
 * `GET /api/karte/meldungen`: open Mängelmelder reports near a point, coarse data only
 * (domain/maps/nearby-reports.ts). `mine`: the signed-in caller's own report, which they
 * cannot join.
 */
export const NEARBY_REPORTS = object(
  {
    reports: {
      type: 'array',
      items: object(
        {
          id: { type: 'string' },
          category: { type: 'string' },
          lat: NUMBER,
          lon: NUMBER,
          status: { type: 'string', enum: ['received', 'in_progress', 'needs_info'] },
          count: { type: 'integer', minimum: 1 },
          mine: { type: 'boolean' },
        },
        ['id', 'category', 'lat', 'lon', 'status', 'count', 'mine'],
      ),
    },
  },
  ['reports'],
);
export type NearbyReports = FromSchema<typeof NEARBY_REPORTS>;
export type NearbyReport = NearbyReports['reports'][number];
