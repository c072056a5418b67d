import type { NearbyReport } from '../../domain/api';
import { NEARBY_LIMIT, NEARBY_RADIUS_METRES, OPEN_REPORT_STATUSES, distanceMetres, parseLatLon, roughPosition } from '../../domain/maps';
import type { StoredRequest } from '../requests';
import type { Store } from '../store';

const SERVICE = 'maengelmelder';

/** Every "me too" of a report is one document `metoo:<request>:<citizen>` in the internal database: its id makes a second one from the same citizen impossible. */
export const meTooId = (requestId: string, userId: string) => `metoo:${requestId}:${userId}`;

/** People who reported it: the reporter plus every citizen who said "me too". */
export async function reportCount(store: Store, requestId: string): Promise<number> {
  const prefix = `metoo:${requestId}:`;
  const res = await store.internal.list({ startkey: prefix, endkey: `${prefix}\ufff0` });
  return 1 + res.rows.length;
}

type Located = Pick<StoredRequest, '_id' | 'status' | 'owner' | 'answers'>;

/** Open Mängelmelder reports given as a position (reports given as an address have no point on the map). */
async function openLocatedReports(store: Store): Promise<Located[]> {
  // One query per status: an equality on the index's first field, which both CouchDB and the embedded store answer from the index.
  const batches = await Promise.all(
    OPEN_REPORT_STATUSES.map((status) =>
      store.requests.find({
        selector: { status, updatedAt: { $gt: null }, serviceId: SERVICE, 'answers.locateBy': 'position' },
        fields: ['_id', 'status', 'owner', 'answers'],
        limit: 5000,
        use_index: 'idx-by-status-updated',
      } as never),
    ),
  );
  return batches.flatMap((b) => b.docs as Located[]).filter((doc) => doc.answers && !(doc as StoredRequest).deleted);
}

/** The open reports within NEARBY_RADIUS_METRES of a point, nearest first, with coarse data only. */
export async function nearbyReports(store: Store, centre: { lat: number; lon: number }, callerId?: string): Promise<NearbyReport[]> {
  const near = (await openLocatedReports(store))
    .map((doc) => ({ doc, point: parseLatLon(String(doc.answers.position ?? '')) }))
    .filter((r): r is { doc: Located; point: { lat: number; lon: number } } => !!r.point)
    .map((r) => ({ ...r, distance: distanceMetres(centre, r.point) }))
    .filter((r) => r.distance <= NEARBY_RADIUS_METRES)
    .sort((a, b) => a.distance - b.distance)
    .slice(0, NEARBY_LIMIT);
  return Promise.all(
    near.map(async ({ doc, point }) => ({
      id: doc._id,
      category: String(doc.answers.category ?? 'sonstiges'),
      ...roughPosition(point.lat, point.lon),
      status: doc.status as NearbyReport['status'],
      count: await reportCount(store, doc._id),
      mine: !!callerId && doc.owner === callerId,
    })),
  );
}
