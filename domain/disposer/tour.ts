/**
 * The disposer's tour list (Sperrmüll): the confirmed pickups of one pickup day in one district,
 * as the waste company's crew needs them on the road, and what the crew reports back.
 */
export const PICKUP_OUTCOMES = ['done', 'not_possible'] as const;
export type PickupOutcome = (typeof PICKUP_OUTCOMES)[number];

export interface TourPickup {
  /** The request's id: what the crew sends back when it marks the pickup. */
  id: string;
  reference: string;
  street: string;
  houseNumber: string;
  postcode: string;
  /** Item keys as the form has them (`sofa`, `schrank`…) plus the citizen's own words. */
  items: string[];
  itemsOther?: string;
  volumeM3: number;
  phone?: string;
  outcome?: { state: PickupOutcome; reason?: string; at: string };
}

export interface TourList {
  day: string;
  district: string;
  company: string;
  pickups: TourPickup[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
export const isTourDay = (day: string) => DAY.test(day) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);

/** CSV for a spreadsheet (UTF-8 with BOM, so Excel reads umlauts; `;` as German Excel expects). */
export function tourCsv(tour: TourList, header: readonly string[]): string {
  const cell = (v: string | number | undefined) => {
    const s = v === undefined ? '' : String(v);
    // A leading = + - @ would be a formula in a spreadsheet (CSV injection): quote it as text.
    const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
    return /[";\n\r]/.test(safe) || safe !== s ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const rows = tour.pickups.map((p) =>
    [p.reference, `${p.street} ${p.houseNumber}`, p.postcode, [...p.items, p.itemsOther].filter(Boolean).join(', '), String(p.volumeM3).replace('.', ','), p.phone, p.outcome?.state, p.outcome?.reason].map(cell).join(';'),
  );
  return `\uFEFF${[header.map(cell).join(';'), ...rows].join('\r\n')}\r\n`;
}
