import type { PoolCapacity } from '../../domain/api';
import { applySettings, currentFigures, type CapacitySettings } from '../../domain/capacity';
import { findPool } from '../../domain/slots';

/** A pool as the admin page shows it: the figures in force and the calendar changes, in date order. */
export function describePool(poolId: string, rev: string | null, settings: CapacitySettings): PoolCapacity {
  const base = findPool(poolId)!;
  const pool = applySettings(base, settings);
  return {
    id: pool.id,
    kind: pool.kind,
    rev,
    ...currentFigures(pool),
    ...(pool.kind === 'time' ? { minutes: pool.minutes } : {}),
    closed: Object.entries(settings.closed)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([date, c]) => ({ date, reason: c.reason })),
    closedDistricts: Object.entries(settings.closedDistricts ?? {})
      .flatMap(([date, byDistrict]) => Object.entries(byDistrict).map(([district, c]) => ({ date, district, reason: c.reason })))
      .sort((a, b) => a.date.localeCompare(b.date) || a.district.localeCompare(b.district)),
    extra: Object.entries(settings.extra)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([date, e]) => ({ date, ...(e.hours?.length ? { hours: e.hours } : {}) })),
  };
}
