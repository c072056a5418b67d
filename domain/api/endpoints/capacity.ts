import { CLOSE_HANDLINGS } from '../../capacity/close-handling';
import { MAX_PER_SLOT } from '../../capacity/capacity-settings';
import { SHORT_TEXT, SLUG } from '../fields';
import { endpoint, object } from '../endpoint';

const admin = { roles: ['admin'], scope: 'none' } as const;
const JSON_OK = { status: 200, type: 'application/json' } as const;
const POOL = object({ pool: SLUG }, ['pool']);
const DATE = { type: 'string', maxLength: 10 } as const;
const TIME = { type: 'string', pattern: '^\\d{2}:\\d{2}$' } as const;
/** One day's office hours: up to four ranges of [from, to]. */
const DAY_HOURS = { type: 'array', maxItems: 4, items: { type: 'array', minItems: 2, maxItems: 2, items: TIME } } as const;
/** A district of the pickups (closing one district's day): the city's register decides, and an unknown one is refused by name (checkDistrict). */
const DISTRICT = { type: 'string', minLength: 1, maxLength: 60 } as const;
const REASON = { type: 'string', minLength: 1, maxLength: 200 } as const;

export const capacityEndpoints = [
  endpoint({ id: 'admin.capacity', method: 'GET', path: '/api/admin/capacity', tag: 'admin', summary: 'Pickups per day and district, counters and hours, closed and extra days, per pool.', access: admin, response: JSON_OK }),
  endpoint({
    id: 'admin.changeCapacity',
    method: 'PUT',
    path: '/api/admin/capacity/:pool',
    tag: 'admin',
    summary: "Change a pool's figures against the revision read; never below what is already booked.",
    access: admin,
    params: POOL,
    body: object(
      {
        rev: { type: ['string', 'null'], maxLength: 100 },
        perDistrict: { type: 'object', propertyNames: SLUG, additionalProperties: { type: 'integer', minimum: 0, maximum: MAX_PER_SLOT } },
        counters: { type: 'integer', minimum: 0, maximum: MAX_PER_SLOT },
        hours: { type: 'object', propertyNames: { pattern: '^[1-6]$' }, additionalProperties: DAY_HOURS },
      },
      ['rev'],
    ),
    response: JSON_OK,
  }),
  endpoint({
    id: 'admin.closeDay',
    method: 'POST',
    path: '/api/admin/capacity/:pool/close',
    tag: 'admin',
    summary: 'Close a day with a reason, for pickups also in one `district` only; without `confirm` only shows which bookings it would move or cancel.',
    access: admin,
    params: POOL,
    body: object({ date: DATE, reason: REASON, handling: { type: 'string', enum: CLOSE_HANDLINGS }, confirm: { type: 'boolean' }, district: DISTRICT }, ['date', 'reason', 'handling']),
    response: JSON_OK,
  }),
  endpoint({
    id: 'admin.openDay',
    method: 'POST',
    path: '/api/admin/capacity/:pool/open',
    tag: 'admin',
    summary: 'Open a closed day (or district-day) again, or an extra day (office hours for the Bürgerbüro).',
    access: admin,
    params: POOL,
    body: object({ date: DATE, hours: DAY_HOURS, district: DISTRICT }, ['date']),
    response: JSON_OK,
  }),
] as const;
