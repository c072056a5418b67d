import type { Router } from 'express';
import { api, type ResponseOf } from '../../domain/api';
import { applySettings, checkDay, checkDistrict, checkFigures, checkHours, type Problem } from '../../domain/capacity';
import { findPool, slotsOnDate, type SlotPool } from '../../domain/slots';
import { isoDate } from '../../domain/slots/holidays-nrw';
import { todayInWerne } from '../../domain/validation/calendar-date';
import { auditAdmin } from '../admin/admin-audit';
import { HttpError } from '../http/api-error';
import { contractRouter } from '../http/contract';
import { wordProblems } from '../http/word-problems';
import { reopenSlot, slotsOfDate } from '../slots';
import type { Store } from '../store';
import { CapacityEditConflict, changeSettings, readSettings, saveSettings } from './capacity-store';
import { closeDay, openDistrictDay, planClosing } from './close-day';
import { describePool } from './describe-pool';
import { overbookedUnder } from './lowering-check';

const refuse = (status: number, code: string, problems: Problem[] = []) => new HttpError(status, code, problems, `capacity:apiErrors.${code}`);

function poolOf(id: string): SlotPool {
  const pool = findPool(id);
  if (!pool) throw refuse(404, 'unknown_pool', [{ field: 'pool', code: 'unknown' }]);
  return pool;
}

function todayOf(now: Date): string {
  const t = todayInWerne(now);
  return isoDate(t.year, t.month, t.day);
}

async function described(store: Store, poolId: string) {
  const { rev, settings } = await readSettings(store, poolId);
  return describePool(poolId, rev, settings);
}

/**
 * `/api/admin/capacity`: pickups per day and district, the Bürgerbüro's counters and hours, closed
 * and extra days, as data the administrator sets (the catalogue's figures are the defaults).
 * Mounted inside the admin router, so every other role was refused before this runs.
 */
export function capacityRoutes(store: Store, now: () => Date = () => new Date()): Router {
  const { router, route } = contractRouter('/api/admin/capacity');

  route(api('admin.capacity'), async (_input, _req, res) => {
    const pools = await Promise.all(['sperrmuell', 'buergerbuero'].map((id) => described(store, id)));
    res.json({ pools } satisfies ResponseOf<'admin.capacity'>);
  });

  route(api('admin.changeCapacity'), async ({ params, body }, req, res) => {
    const base = poolOf(params.pool);
    const figures = { perDistrict: body.perDistrict, counters: body.counters, hours: body.hours as Record<string, [string, string][]> | undefined };
    const problems = checkFigures(base, figures);
    if (problems.length) throw refuse(400, 'validation_failed', problems);
    const { rev, settings } = await readSettings(store, base.id);
    if ((body.rev ?? null) !== rev) throw refuse(409, 'edit_conflict');
    const next = {
      ...settings,
      ...(figures.perDistrict ? { perDistrict: { ...settings.perDistrict, ...figures.perDistrict } } : {}),
      ...(figures.counters !== undefined ? { counters: figures.counters } : {}),
      ...(figures.hours ? { hours: { ...settings.hours, ...figures.hours } } : {}),
    };
    const at = now();
    const over = (list: Awaited<ReturnType<typeof overbookedUnder>>) =>
      refuse(409, 'below_bookings', list.slice(0, 20).map((o) => ({ field: o.field, code: 'belowBookings', slot: o.slot, booked: o.booked })));
    const before = await overbookedUnder(store, applySettings(base, next), at);
    if (before.length) throw over(before);
    let saved: string;
    try {
      saved = await saveSettings(store, next, rev);
    } catch (err) {
      if (err instanceof CapacityEditConflict) throw refuse(409, 'edit_conflict');
      throw err;
    }
    // A booking that read the old figures and wrote between the check and the save is seen here
    // (one that writes after the save reads the new figures again and backs out by itself):
    // the old figures come back and the change is refused, never an overbooked day.
    const after = await overbookedUnder(store, applySettings(base, next), at);
    if (after.length) {
      await saveSettings(store, settings, saved).catch(() => changeSettings(store, base.id, () => settings));
      throw over(after);
    }
    await auditAdmin(store, req, 'changeCapacity', { pool: base.id, ...summarize(figures) });
    res.json({ pool: await described(store, base.id) } satisfies ResponseOf<'admin.changeCapacity'>);
  });

  route(api('admin.closeDay'), async ({ params, body }, req, res) => {
    const base = poolOf(params.pool);
    const at = now();
    const problems = [...checkDay(body.date, todayOf(at)), ...checkDistrict(base, body.district), ...(body.reason.trim() ? [] : [{ field: 'reason', code: 'required' }])];
    if (problems.length) throw refuse(400, 'validation_failed', problems);
    const reason = body.reason.trim();
    const { district } = body;
    const moves = body.confirm ? await closeDay(store, base, body.date, reason, body.handling, at, district) : await planClosing(store, base, body.date, body.handling, at, district);
    if (body.confirm) {
      await auditAdmin(store, req, 'closeDay', { pool: base.id, date: body.date, ...(district ? { district } : {}), reason, handling: body.handling, affected: moves.length });
    }
    res.json({ done: !!body.confirm, date: body.date, affected: moves.length, moves, pool: await described(store, base.id) } satisfies ResponseOf<'admin.closeDay'>);
  });

  route(api('admin.openDay'), async ({ params, body }, req, res) => {
    const base = poolOf(params.pool);
    const problems = [...checkDay(body.date, todayOf(now())), ...checkDistrict(base, body.district)];
    const hours = body.hours as [string, string][] | undefined;
    if (body.district) {
      if (hours) problems.push({ field: 'hours', code: 'notTimePool' });
      if (problems.length) throw refuse(400, 'validation_failed', problems);
      await openDistrictDay(store, base, body.date, body.district);
      await auditAdmin(store, req, 'openDay', { pool: base.id, date: body.date, district: body.district });
      res.json({ pool: await described(store, base.id) } satisfies ResponseOf<'admin.openDay'>);
      return;
    }
    if (hours) {
      if (base.kind === 'day') problems.push({ field: 'hours', code: 'notTimePool' });
      else checkHours('hours', hours, problems);
    }
    if (problems.length) throw refuse(400, 'validation_failed', problems);
    // The slots' flags first: until the settings say "open", nobody is offered the day anyway.
    for (const id of (await slotsOfDate(store, base, body.date)).keys()) {
      const [, , district, ...rest] = id.split(':');
      await reopenSlot(store, base, district === 'all' ? undefined : district, rest.join(':'));
    }
    await changeSettings(store, base.id, (s) => {
      const closed = { ...s.closed };
      delete closed[body.date];
      const regular = slotsOnDate(applySettings(base, { ...s, closed, extra: {} }), body.date).length > 0;
      const extra = { ...s.extra };
      // A day the calendar offers anyway needs no extra entry, unless it gets hours of its own.
      if (!regular || hours?.length) extra[body.date] = base.kind === 'time' ? { hours: hours?.length ? hours : [['08:00', '12:00']] } : {};
      return { ...s, closed, extra };
    });
    await auditAdmin(store, req, 'openDay', { pool: base.id, date: body.date });
    res.json({ pool: await described(store, base.id) } satisfies ResponseOf<'admin.openDay'>);
  });

  router.use(wordProblems((field, code) => [`capacity:errors.${field.split('.')[0]}.${code}`, `capacity:errors.${code}`]));
  return router;
}

/** For the audit trail: what was set, in short. */
function summarize(f: { perDistrict?: Record<string, number>; counters?: number; hours?: Record<string, [string, string][]> }) {
  return {
    ...(f.perDistrict ? { perDistrict: Object.entries(f.perDistrict).map(([d, n]) => `${d}=${n}`).join(', ') } : {}),
    ...(f.counters !== undefined ? { counters: f.counters } : {}),
    ...(f.hours ? { hours: Object.entries(f.hours).map(([d, h]) => `${d}:${h.map((r) => r.join('-')).join('+')}`).join(' ') } : {}),
  };
}
