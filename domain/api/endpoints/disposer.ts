import { DOC_ID, SLUG } from '../fields';
import { endpoint, object } from '../endpoint';
import { PICKUP_OUTCOMES } from '../../disposer/tour';

/**
 * The waste company's own door: its system (or its office in a browser) sends the company's API
 * key as `Authorization: Bearer …` and sees only the districts it drives (server/disposer).
 */
const disposer = { roles: ['disposer'], scope: 'none' } as const;
const TOUR = object({ day: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }, district: SLUG }, ['day', 'district']);

export const disposerEndpoints = [
  endpoint({
    id: 'disposer.tour',
    method: 'GET',
    path: '/api/entsorger/touren/:day/:district',
    tag: 'disposer',
    summary: 'The tour list as JSON for the disposer’s own system: every confirmed Sperrmüll pickup of the day in the district, with address, items, volume, phone and the outcome marked so far.',
    access: disposer,
    params: TOUR,
    response: { status: 200, type: 'application/json' },
  }),
  endpoint({
    id: 'disposer.tourCsv',
    method: 'GET',
    path: '/api/entsorger/touren/:day/:district/liste.csv',
    tag: 'disposer',
    summary: 'The same tour list as CSV (UTF-8 with BOM, semicolon-separated) for a spreadsheet.',
    access: disposer,
    params: TOUR,
    response: { status: 200, type: 'text/csv' },
  }),
  endpoint({
    id: 'disposer.tourPdf',
    method: 'GET',
    path: '/api/entsorger/touren/:day/:district/liste.pdf',
    tag: 'disposer',
    summary: 'The same tour list as a printable PDF/A document for the crew.',
    access: disposer,
    params: TOUR,
    response: { status: 200, type: 'application/pdf' },
  }),
  endpoint({
    id: 'disposer.mark',
    method: 'POST',
    path: '/api/entsorger/touren/:day/:district/abholungen/:id',
    tag: 'disposer',
    summary: 'Marks one pickup of this tour done or not possible (with the reason the citizen and the clerk read); once only.',
    access: disposer,
    params: object({ day: TOUR.properties.day, district: SLUG, id: DOC_ID }, ['day', 'district', 'id']),
    body: object({ outcome: { type: 'string', enum: PICKUP_OUTCOMES }, reason: { type: 'string', minLength: 1, maxLength: 500 } }, ['outcome']),
    response: { status: 200, type: 'application/json' },
  }),
] as const;
