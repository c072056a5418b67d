import type { Hours } from '../../capacity/capacity-settings';

/** A pool as the admin's capacity page shows it: today's figures (defaults where nothing is set) and the calendar changes. */
export interface PoolCapacity {
  id: string;
  kind: 'day' | 'time';
  /** Revision to save the figures against (null: never saved, the catalogue's defaults apply). */
  rev: string | null;
  perDistrict?: Record<string, number>;
  counters?: number;
  hours?: Record<string, Hours>;
  /** Minutes per appointment (time pools). */
  minutes?: number;
  closed: { date: string; reason: string }[];
  /** Days closed in one district only (pickups). */
  closedDistricts: { date: string; district: string; reason: string }[];
  extra: { date: string; hours?: Hours }[];
}

/** A booking of a day being closed, with where it goes (absent: the citizen chooses again). */
export interface ClosingMove {
  requestId: string;
  reference?: string;
  district?: string;
  from: string;
  to?: string;
}
