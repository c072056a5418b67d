import type { Router } from 'express';
import { api } from '../../domain/api';
import { findService } from '../../domain/catalogue';
import { isBookable, slotWish } from '../../domain/slots';
import { requireRole } from '../auth';
import { contractRouter } from '../http/contract';
import { HttpError } from '../http/api-error';
import { requestLanguage, translator } from '../http/i18n';
import type { StoredRequest } from '../requests';
import { alternativesFor, bookSlot, overHoldingLimits, releaseSlot } from '../slots';
import { loadPool } from '../capacity/capacity-store';
import { getOrNull, isConflict, type Store } from '../store';

/** Statuses in which the city holds an appointment the citizen may still move. */
const MOVABLE = ['received', 'in_progress'];

const refuse = (status: number, code: string, field?: string) =>
  new HttpError(status, code, field ? [{ field, code }] : [], `termin:apiErrors.${code}`);

/**
 * `POST /api/termine/:id/verlegen` `{ "slot": "2026-12-10T09:00" }`: the owner moves a confirmed
 * appointment. The new slot is booked first and the old one given back only after the request
 * records the new one, so a crash in between holds two places for a moment, never none; the
 * routing worker's reconciliation frees a place no request claims.
 */
export function appointmentRoutes(store: Store, now: () => Date = () => new Date()): Router {
  const { router, route } = contractRouter('/api/termine');
  // The contract's door has refused a body that is not `{ slot }` (an extra field by its name).
  route(api('appointments.move'), async ({ params, body }, req, res) => {
    const slot = body.slot;
    if (!slot) throw refuse(400, 'invalid_slot', 'slot');

    const doc = await getOrNull<StoredRequest>(store.requests, params.id);
    // Another citizen's appointment is not found, exactly like one that does not exist.
    if (!doc || doc.type !== 'request' || doc.deleted || doc.owner !== req.user!.id) throw new HttpError(404, 'not_found');
    const service = findService(doc.serviceId, doc.catalogueVersion);
    const wish = service ? slotWish(service, doc.answers) : undefined;
    if (!wish || wish.pool.kind !== 'time' || !doc.confirmedSlot || !MOVABLE.includes(doc.status)) throw refuse(409, 'not_movable');
    const at = now();
    const pool = (await loadPool(store, wish.pool.id)) ?? wish.pool;
    if (!isBookable(pool, slot, at)) throw refuse(400, 'invalid_slot', 'slot');
    if (slot === doc.confirmedSlot) throw refuse(400, 'same_slot', 'slot');
    // The catalogue's holding limits (one Bürgerbüro appointment per person and day) hold for a
    // move too, not only where routing confirms a slot: else two appointments could share a day.
    if ((await overHoldingLimits(store, [doc], new Map([[doc._id, slot]]))).size) throw refuse(409, 'holding_limit', 'slot');

    const held = await bookSlot(store, wish.pool, wish.district, slot, [doc._id]);
    if (!held.has(doc._id)) {
      const alternatives = await alternativesFor(store, wish.pool, wish.district, slot, at);
      const t = translator(requestLanguage(req));
      res.status(409).json({ error: 'slot_taken', message: t('termin:apiErrors.slot_taken'), alternatives });
      return;
    }
    const from = doc.confirmedSlot;
    const moved: StoredRequest = {
      ...doc,
      answers: { ...doc.answers, [wish.field]: slot },
      confirmedSlot: slot,
      updatedAt: at.toISOString(),
      history: [...doc.history, { at: at.toISOString(), status: doc.status, actor: 'citizen', ...(doc.department ? { department: doc.department } : {}) }],
    };
    try {
      await store.requests.insert(moved);
    } catch (err) {
      await releaseSlot(store, wish.pool, wish.district, slot, doc._id);
      if (isConflict(err)) throw refuse(409, 'changed_meanwhile');
      throw err;
    }
    await releaseSlot(store, wish.pool, wish.district, from, doc._id);
    res.json({ id: doc._id, confirmedSlot: slot, previousSlot: from });
  }, requireRole('citizen'));
  return router;
}
