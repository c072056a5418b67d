import { parseSlotId } from '../../../domain/slots/slot-id';

export interface SlotGroup {
  /** Monday of the week (day pools) or the date (time pools). */
  key: string;
  slots: string[];
}

function mondayOf(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/**
 * Pickup days grouped by week, appointment times by day: groups a screen reader user can skip
 * through by heading, and that keep each radio group short enough to scan.
 */
export function groupSlots(slotIds: readonly string[]): SlotGroup[] {
  const groups: SlotGroup[] = [];
  for (const id of slotIds) {
    const parsed = parseSlotId(id);
    if (!parsed) continue;
    const key = parsed.time ? parsed.date : mondayOf(parsed.date);
    const last = groups.at(-1);
    if (last?.key === key) last.slots.push(id);
    else groups.push({ key, slots: [id] });
  }
  return groups;
}
