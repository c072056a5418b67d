import { FUND_CATEGORY, SHORT_TEXT, UUID } from '../fields';
import { endpoint, object } from '../endpoint';
import { CLERK_OVERVIEW, CREATED_FOUND_ITEM, LOST_REPORTS, PUBLIC_FOUND_ITEMS } from '../responses/fundsachen';

const fundbuero = { roles: ['clerk'], department: 'fundbuero', scope: 'none' } as const;
const JSON_OK = { status: 200, type: 'application/json' } as const;
const PART = { type: 'string', maxLength: 10 } as const;

export const fundsachenEndpoints = [
  endpoint({ id: 'fundsachen.list', method: 'GET', path: '/api/fundsachen', tag: 'fundsachen', summary: 'Found items still to be collected (public fields only).', access: { public: true }, response: { ...JSON_OK, schema: PUBLIC_FOUND_ITEMS } }),
  endpoint({ id: 'fundsachen.overview', method: 'GET', path: '/api/fundsachen/verwaltung', tag: 'fundsachen', summary: "The Fundbüro's items with their claims.", access: fundbuero, response: { ...JSON_OK, schema: CLERK_OVERVIEW } }),
  endpoint({
    id: 'fundsachen.lostReports',
    method: 'GET',
    path: '/api/fundsachen/verlustmeldungen',
    tag: 'fundsachen',
    summary: 'Lost-item reports of a category.',
    access: fundbuero,
    query: object({ category: FUND_CATEGORY }, ['category']),
    response: { ...JSON_OK, schema: LOST_REPORTS },
  }),
  endpoint({
    id: 'fundsachen.create',
    method: 'POST',
    path: '/api/fundsachen',
    tag: 'fundsachen',
    summary: 'Enter a found item; answers the lost-item reports that may match.',
    access: fundbuero,
    body: object(
      {
        id: UUID,
        category: { type: 'string', maxLength: 40 },
        description: { type: 'string', maxLength: 1000 },
        place: SHORT_TEXT,
        foundOn: object({ day: PART, month: PART, year: PART }),
        storageNumber: { type: 'string', maxLength: 100 },
      },
      ['id'],
    ),
    response: { status: 201, type: 'application/json', schema: CREATED_FOUND_ITEM },
  }),
] as const;
