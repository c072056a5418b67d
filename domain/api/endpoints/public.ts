import { SHORT_TEXT, SLUG } from '../fields';
import { endpoint, object } from '../endpoint';
import { FREE_SLOT_LIST } from '../responses/slots';

const JSON_OK = { status: 200, type: 'application/json' } as const;

export const publicEndpoints = [
  endpoint({ id: 'system.health', method: 'GET', path: '/healthz', tag: 'system', summary: 'Liveness and store reachability.', access: { public: true }, response: JSON_OK }),
  endpoint({ id: 'system.ready', method: 'GET', path: '/readyz', tag: 'system', summary: 'Readiness: whether this process can serve (store, worker).', access: { public: true }, response: JSON_OK }),
  endpoint({
    id: 'system.metrics',
    method: 'GET',
    path: '/metrics',
    tag: 'system',
    summary: 'Prometheus metrics: with the bearer token METRICS_TOKEN, or from loopback only when none is set.',
    access: { public: true },
    response: { status: 200, type: 'text/plain' },
  }),
  endpoint({ id: 'system.openapi', method: 'GET', path: '/api/openapi.json', tag: 'system', summary: 'This API as an OpenAPI 3.1 document.', access: { public: true }, response: JSON_OK }),
  endpoint({ id: 'system.docs', method: 'GET', path: '/api/docs', tag: 'system', summary: 'This API as a readable reference page.', access: { public: true }, response: { status: 200, type: 'text/html' } }),
  endpoint({ id: 'departments.list', method: 'GET', path: '/api/departments', tag: 'departments', summary: 'Every department with its names and whether it takes requests.', access: { public: true }, response: JSON_OK }),
  endpoint({
    id: 'slots.free',
    method: 'GET',
    path: '/api/slots/:pool',
    tag: 'slots',
    summary: 'The free appointment slots of a pool (counts only).',
    access: { public: true },
    params: object({ pool: SLUG }, ['pool']),
    query: object({ district: SHORT_TEXT, from: SHORT_TEXT }),
    response: { ...JSON_OK, schema: FREE_SLOT_LIST },
  }),
  endpoint({ id: 'map.info', method: 'GET', path: '/api/karte', tag: 'map', summary: 'Whether a map is set up, its attribution and maximum zoom.', access: { public: true }, response: JSON_OK }),
  endpoint({
    id: 'map.tile',
    method: 'GET',
    path: '/api/karte/kacheln/:z/:x/:y',
    tag: 'map',
    summary: 'One map tile (z/x/y, XYZ scheme) from the provider in MAP_TILE_URL, through the portal’s own origin.',
    access: { public: true },
    params: object({ z: SHORT_TEXT, x: SHORT_TEXT, y: SHORT_TEXT }, ['z', 'x', 'y']),
    response: { status: 200, type: 'image/png' },
  }),
  endpoint({
    id: 'wasteCalendar.feed',
    method: 'GET',
    path: '/api/abfallkalender/:file',
    tag: 'wasteCalendar',
    summary: 'A street’s pickups as a subscribable iCalendar feed (`<Straße>.ics`, `arten=papier,bio`, `sprache=en`).',
    access: { public: true },
    params: object({ file: SHORT_TEXT }, ['file']),
    query: object({ arten: SHORT_TEXT, sprache: SHORT_TEXT }),
    response: { status: 200, type: 'text/calendar' },
  }),
] as const;
