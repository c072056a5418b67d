/**
 * A slot is named by when it is: `2026-12-03` for a whole day (pickups), `2026-12-03T09:30` for a
 * time slot (appointments), in Werne's local time. The id is what the citizen's answer stores and
 * what the server counts capacity by (per pool, and per district where the pool says so).
 */
const SLOT_ID = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

export interface ParsedSlot {
  date: string;
  time?: string;
}

export function parseSlotId(id: string): ParsedSlot | undefined {
  const m = SLOT_ID.exec(id);
  if (!m) return undefined;
  const [, y, mo, d, h, mi] = m;
  const probe = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (probe.getUTCFullYear() !== Number(y) || probe.getUTCMonth() !== Number(mo) - 1 || probe.getUTCDate() !== Number(d)) {
    return undefined;
  }
  if (h !== undefined && (Number(h) > 23 || Number(mi) > 59)) return undefined;
  return { date: `${y}-${mo}-${d}`, ...(h !== undefined ? { time: `${h}:${mi}` } : {}) };
}
