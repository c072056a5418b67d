import type { FromSchema } from 'json-schema-to-ts';
import { object } from '../endpoint';

/** `GET /api/slots/:pool`: public data, slot ids and free places only. */
export const FREE_SLOT_LIST = object(
  {
    pool: { type: 'string' },
    district: { type: 'string' },
    fetchedAt: { type: 'string' },
    slots: { type: 'array', items: object({ id: { type: 'string' }, free: { type: 'integer', minimum: 0 } }, ['id', 'free']) },
  },
  ['pool', 'fetchedAt', 'slots'],
);
export type FreeSlotList = FromSchema<typeof FREE_SLOT_LIST>;
