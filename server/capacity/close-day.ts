import { applySettings, type CapacitySettings, type CloseHandling, type DayClosure } from '../../domain/capacity';
import { findService } from '../../domain/catalogue';
import { findPool, slotWish, slotsOnDate, type SlotPool } from '../../domain/slots';
import { districtIds } from '../../domain/places/streets';
import type { StoredRequest } from '../requests';
import { SLOT_TAKEN_REASON } from '../routing/route-request';
import { bookSlot, closeSlot, freeSlots, limitedAlternatives, releaseSlot, reopenSlot, slotDocId, slotsOfDate, withinLimits } from '../slots';
import { getOrNull, updateDocument, type Store } from '../store';
import { changeSettings, readSettings } from './capacity-store';
import { tellCitizen } from './tell-citizen';

const HOLDING = ['received', 'in_progress'];

export interface DayBooking {
  requestId: string;
  reference?: string;
  district?: string;
  from: string;
  /** Where it goes (moved), or absent (the citizen chooses again). */
  to?: string;
}

/** `slot:<pool>:<district|all>:<slot>` taken apart. */
function splitSlotId(id: string): { district: string | undefined; slot: string } {
  const [, , district, ...rest] = id.split(':');
  return { district: district === 'all' ? undefined : district, slot: rest.join(':') };
}

/** The requests that really hold a slot of the day (a stale holder whose request moved on is not a booking), of one district if given. */
async function bookingsOf(store: Store, all: Map<string, string[]>, only?: string): Promise<{ doc: StoredRequest; district: string | undefined; slot: string }[]> {
  const holders = only ? new Map([...all].filter(([id]) => splitSlotId(id).district === only)) : all;
  const wanted = [...holders].flatMap(([id, ids]) => ids.map((requestId) => ({ requestId, ...splitSlotId(id) })));
  if (!wanted.length) return [];
  const res = await store.requests.fetch({ keys: wanted.map((w) => w.requestId) });
  const docs = new Map(res.rows.flatMap((r) => ('doc' in r && r.doc ? [[r.id, r.doc as unknown as StoredRequest] as const] : [])));
  return wanted.flatMap((w) => {
    const doc = docs.get(w.requestId);
    return doc && !doc.deleted && doc.confirmedSlot === w.slot && HOLDING.includes(doc.status) ? [{ doc, district: w.district, slot: w.slot }] : [];
  });
}

/** The settings with this day closed, for the whole pool or in one district only. */
function closing(s: CapacitySettings, date: string, closure: DayClosure, district: string | undefined): CapacitySettings {
  if (district) {
    const closedDistricts = { ...s.closedDistricts, [date]: { ...s.closedDistricts?.[date], [district]: closure } };
    return { ...s, closedDistricts };
  }
  const extra = { ...s.extra };
  delete extra[date];
  return { ...s, closed: { ...s.closed, [date]: closure }, extra };
}

/** The pool with this day closed (what the plan and the moves book against). */
async function poolWithout(store: Store, base: SlotPool, date: string, reason: string, district: string | undefined): Promise<SlotPool> {
  const { settings } = await readSettings(store, base.id);
  return applySettings(base, closing(settings, date, { reason, at: '' }, district));
}

/**
 * What closing the day would do, without doing it: every booking of the day with where it would
 * go. Places are counted as the moves take them, so two bookings are never planned into the last
 * free place of a day.
 */
export async function planClosing(store: Store, base: SlotPool, date: string, handling: CloseHandling, now: Date, district?: string): Promise<DayBooking[]> {
  const bookings = await bookingsOf(store, await slotsOfDate(store, base, date), district);
  const pool = await poolWithout(store, base, date, '', district);
  const free = new Map<string, { id: string; free: number }[]>();
  const plan: DayBooking[] = [];
  for (const b of bookings) {
    const key = b.district ?? 'all';
    if (handling === 'move' && !free.has(key)) free.set(key, (await freeSlots(store, pool, b.district, now, date)).filter((s) => s.id.slice(0, 10) > date));
    const target = handling === 'move' ? await withinLimits(store, b.doc, free.get(key)!.filter((s) => s.free > 0)) : undefined;
    if (target) target.free--;
    plan.push({ requestId: b.doc._id, reference: b.doc.reference, district: b.district, from: b.slot, ...(target ? { to: target.id } : {}) });
  }
  return plan;
}

/**
 * Moves one booking to the first open slot after the closed day that still takes it and keeps the
 * catalogue's holding limits (a Bürgerbüro appointment never lands on a day the person already
 * has one; a pickup moved into the next year counts there).
 */
async function moveBooking(store: Store, pool: SlotPool, doc: StoredRequest, district: string | undefined, from: string, now: Date): Promise<string | undefined> {
  const date = from.slice(0, 10);
  const service = findService(doc.serviceId, doc.catalogueVersion);
  const wish = service && slotWish(service, doc.answers);
  if (!wish) return undefined;
  for (const candidate of (await freeSlots(store, pool, district, now, date)).filter((s) => s.id.slice(0, 10) > date)) {
    if (!(await withinLimits(store, doc, [candidate]))) continue;
    if (!(await bookSlot(store, pool, district, candidate.id, [doc._id])).has(doc._id)) continue;
    const moved = await updateDocument<StoredRequest>(store.requests, doc._id, (cur) =>
      cur && !cur.deleted && cur.confirmedSlot === from && HOLDING.includes(cur.status)
        ? { ...cur, answers: { ...cur.answers, [wish.field]: candidate.id }, confirmedSlot: candidate.id, updatedAt: now.toISOString() }
        : undefined,
    );
    // The citizen withdrew (or moved it) meanwhile: the new place is given back, nothing to tell.
    if (!moved) await releaseSlot(store, pool, district, candidate.id, doc._id);
    return moved ? candidate.id : undefined;
  }
  return undefined;
}

/**
 * Gives the booking back to the citizen: they choose again from the nearest free slots (as when a
 * wished slot was taken), only slots they may hold. Also what becomes of a booking that no open
 * slot takes within the holding limits.
 */
async function sendBack(store: Store, pool: SlotPool, doc: StoredRequest, district: string | undefined, from: string, now: Date): Promise<boolean> {
  const alternatives = await limitedAlternatives(store, pool, doc, district, from, now);
  const written = await updateDocument<StoredRequest>(store.requests, doc._id, (cur) => {
    if (!cur || cur.deleted || cur.confirmedSlot !== from || !HOLDING.includes(cur.status)) return undefined;
    const { confirmedSlot: _gone, ...kept } = cur;
    return {
      ...kept,
      status: 'needs_info',
      slotAlternatives: alternatives,
      updatedAt: now.toISOString(),
      history: [...cur.history, { at: now.toISOString(), status: 'needs_info', actor: 'system', reason: SLOT_TAKEN_REASON, ...(cur.department ? { department: cur.department } : {}) }],
    };
  });
  return !!written;
}

/**
 * Closes a day of a pool (or, for pickups, of one district only) and handles its bookings. In this order, so that a booking racing the
 * closing is neither lost nor left on the closed day: (1) the day is closed in the settings (no
 * free list offers it, no new booking is accepted for it); (2) every slot document of the day is
 * flagged closed, which is a write on the very document a booking writes, so any booking that got
 * in before is among the holders read here and any later one is refused; (3) each holder is moved
 * (or sent back), told, and only then released from the closed slot. A crash midway leaves the
 * rest as holders of the closed day; closing the day again completes it.
 */
export async function closeDay(
  store: Store,
  base: SlotPool,
  date: string,
  reason: string,
  handling: CloseHandling,
  now: Date,
  onlyDistrict?: string,
): Promise<DayBooking[]> {
  const catalogued = findPool(base.id)!;
  const before = (await loadPoolSafe(store, catalogued)) ?? catalogued;
  await changeSettings(store, base.id, (s) => closing(s, date, { reason, at: now.toISOString() }, onlyDistrict));
  const slotIds = new Set([...(await slotsOfDate(store, base, date)).keys()].filter((id) => !onlyDistrict || splitSlotId(id).district === onlyDistrict));
  const districts = onlyDistrict ? [onlyDistrict] : base.kind === 'day' ? districtIds() : [undefined];
  for (const slot of slotsOnDate(before, date)) for (const d of districts) slotIds.add(slotDocId(base, d, slot));
  const holders = new Map<string, string[]>();
  for (const id of slotIds) {
    const { district, slot } = splitSlotId(id);
    holders.set(id, await closeSlot(store, base, district, slot, reason));
  }
  const pool = await poolWithout(store, catalogued, date, reason, onlyDistrict);
  const done: DayBooking[] = [];
  for (const { doc, district, slot } of await bookingsOf(store, holders)) {
    const to = await leaveClosedSlot(store, { base, pool }, doc, district, slot, { handling, reason, now });
    done.push({ requestId: doc._id, reference: doc.reference, district, from: slot, ...(to ? { to } : {}) });
  }
  return done;
}

async function loadPoolSafe(store: Store, catalogued: SlotPool): Promise<SlotPool | undefined> {
  const { settings } = await readSettings(store, catalogued.id);
  return applySettings(catalogued, settings);
}

/** Opens one district's day again: its slot's flag first, then the settings (until then nobody is offered it anyway). */
export async function openDistrictDay(store: Store, base: SlotPool, date: string, district: string): Promise<void> {
  await reopenSlot(store, base, district, date);
  await changeSettings(store, base.id, (s) => {
    const byDistrict = { ...s.closedDistricts?.[date] };
    delete byDistrict[district];
    const closedDistricts = { ...s.closedDistricts, [date]: byDistrict };
    if (!Object.keys(byDistrict).length) delete closedDistricts[date];
    return { ...s, closedDistricts };
  });
}

/**
 * A booking the closing could not see: its routing had taken the place before the slot was closed
 * but had not yet written the request, so `bookingsOf` skipped it (not yet confirmed there) and
 * the routing then wrote it onto the closed day. The routing hands every slot it writes here: on
 * a closed slot the request is moved to the next free day within the holding limits, or sent back
 * to choose again, and the citizen is told, as the closing does with the bookings it sees.
 */
export async function rehomeIfClosed(store: Store, doc: StoredRequest, now: Date): Promise<string | undefined> {
  const service = findService(doc.serviceId, doc.catalogueVersion);
  const wish = service && slotWish(service, doc.answers);
  const from = doc.confirmedSlot;
  if (!wish || !from) return undefined;
  const reason = (await getOrNull<{ closed?: string }>(store.counters, slotDocId(wish.pool, wish.district, from)))?.closed;
  if (!reason) return undefined;
  const pool = await poolWithout(store, findPool(wish.pool.id) ?? wish.pool, from.slice(0, 10), reason, wish.district);
  return leaveClosedSlot(store, { base: wish.pool, pool }, doc, wish.district, from, { handling: 'move', reason, now });
}

/**
 * One booking off a closed slot: moved (when the handling says so and a place takes it) or sent
 * back to choose again, the citizen told of whichever happened, and the closed place freed.
 * Resolves with where it went, if moved.
 */
async function leaveClosedSlot(
  store: Store,
  pools: { base: SlotPool; pool: SlotPool },
  doc: StoredRequest,
  district: string | undefined,
  from: string,
  { handling, reason, now }: { handling: CloseHandling; reason: string; now: Date },
): Promise<string | undefined> {
  const to = handling === 'move' ? await moveBooking(store, pools.pool, doc, district, from, now) : undefined;
  const sentBack = !to && (await sendBack(store, pools.pool, doc, district, from, now));
  if (to || sentBack) await tellCitizen(store, doc, { from, ...(to ? { to } : {}), reason, now });
  await releaseSlot(store, pools.base, district, from, doc._id);
  return to;
}
