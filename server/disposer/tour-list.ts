import type { RequestStatus } from '../../domain/lifecycle/request-status';
import { districtOf } from '../../domain/places/streets';
import { SLOT_POOLS } from '../../domain/slots/pools';
import type { TourList, TourPickup } from '../../domain/disposer/tour';
import type { StoredRequest } from '../requests';
import { slotDocId } from '../slots';
import { getOrNull, type Store } from '../store';

const GONE: readonly RequestStatus[] = ['rejected', 'withdrawn'];

/** What the crew reported for a pickup; server-only, kept on the stored request. */
export interface PickupRecord {
  state: 'done' | 'not_possible';
  reason?: string;
  at: string;
  company: string;
}

export type RequestWithPickup = StoredRequest & { pickup?: PickupRecord };

/**
 * Whether a stored request is a confirmed pickup on this tour. The slot document lists who holds
 * the day; the request itself must still agree (confirmed for that day, not withdrawn or rejected).
 */
export function onTour(doc: RequestWithPickup | undefined, day: string, district: string): doc is RequestWithPickup {
  if (!doc || doc.type !== 'request' || doc.deleted || doc.confirmedSlot !== day || !doc.reference || GONE.includes(doc.status)) return false;
  const street = (doc.answers as Record<string, unknown>).street;
  return typeof street === 'string' && districtOf(street) === district;
}

function asPickup(doc: RequestWithPickup): TourPickup {
  const a = doc.answers as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    id: doc._id,
    reference: doc.reference!,
    street: text(a.street),
    houseNumber: text(a.houseNumber),
    postcode: text(a.postcode),
    items: Array.isArray(a.items) ? a.items.filter((i): i is string => typeof i === 'string') : [],
    ...(text(a.itemsOther) ? { itemsOther: text(a.itemsOther) } : {}),
    // The form keeps the number as typed (`2,5`).
    volumeM3: Number(String(a.volume ?? '0').replace(',', '.')) || 0,
    ...(text(a.phone) ? { phone: text(a.phone) } : {}),
    ...(doc.pickup ? { outcome: { state: doc.pickup.state, ...(doc.pickup.reason ? { reason: doc.pickup.reason } : {}), at: doc.pickup.at } } : {}),
  };
}

/**
 * The confirmed pickups of one day in one district, in the order of the streets (a crew plans its
 * route from there). Two reads whatever the size: the slot's holder list, then those requests.
 */
export async function loadTour(store: Store, day: string, district: string, company: string): Promise<TourList> {
  const slot = await getOrNull<{ holders: string[] }>(store.counters, slotDocId(SLOT_POOLS.sperrmuell, district, day));
  const holders = slot?.holders ?? [];
  let pickups: TourPickup[] = [];
  if (holders.length) {
    const res = await store.requests.fetch({ keys: holders });
    const docs = res.rows.map((r) => ('doc' in r ? (r.doc as RequestWithPickup | undefined) : undefined));
    pickups = docs.filter((d): d is RequestWithPickup => onTour(d ?? undefined, day, district)).map(asPickup);
  }
  const collator = new Intl.Collator('de', { numeric: true });
  pickups.sort((x, y) => collator.compare(x.street, y.street) || collator.compare(x.houseNumber, y.houseNumber) || x.reference.localeCompare(y.reference));
  return { day, district, company, pickups };
}
