/**
 * What "Mein Bereich" brings up on its own: a due garden-water meter reading, and services that
 * fit what the profile and the citizen's requests tell. Pure rules over plain data, so the
 * device decides them offline and tests can pin them down.
 */
import type { Profile } from './profile';

/** The little the rules need to know of a request. */
export interface RequestFacts {
  serviceId: string;
  status: string;
  createdAt: string;
  /** Year-end readings are filed against a meter's year; falls back to createdAt. */
  submittedAt?: string;
}

export const GARDEN_METER_SERVICE = 'gartenwasserzaehler';
export const METER_READING_SERVICE = 'zaehlerstand';

export interface MeterReadingDue {
  year: number;
}

const GONE = new Set(['withdrawn', 'rejected']);

/**
 * A reading is due when a garden water meter was registered (request completed) and no reading
 * has been sent for this year yet. A draft reading does not count: it has not reached the city.
 */
export function dueMeterReading(requests: readonly RequestFacts[], today: string): MeterReadingDue | undefined {
  const year = Number(today.slice(0, 4));
  const hasMeter = requests.some((r) => r.serviceId === GARDEN_METER_SERVICE && r.status === 'completed');
  if (!hasMeter) return undefined;
  const sentThisYear = requests.some(
    (r) =>
      r.serviceId === METER_READING_SERVICE &&
      r.status !== 'draft' &&
      !GONE.has(r.status) &&
      (r.submittedAt ?? r.createdAt).slice(0, 4) === String(year),
  );
  return sentThisYear ? undefined : { year };
}

export interface ServiceSuggestion {
  serviceId: string;
  /** Key of the sentence saying why (`home:suggestions.reasons.<reason>`). */
  reason: 'addressKnown' | 'noGardenMeter' | 'completeProfile';
}

/**
 * Services worth offering, best first, among those the catalogue has (`available`). Never a
 * service the citizen already has a draft of: that one is listed under drafts.
 */
export function suggestServices(profile: Profile, requests: readonly RequestFacts[], available: readonly string[], today: string): ServiceSuggestion[] {
  const out: ServiceSuggestion[] = [];
  const has = (id: string, pred: (r: RequestFacts) => boolean = () => true) => requests.some((r) => r.serviceId === id && pred(r));
  const offer = (serviceId: string, reason: ServiceSuggestion['reason']) => {
    if (available.includes(serviceId) && !has(serviceId, (r) => r.status === 'draft')) out.push({ serviceId, reason });
  };
  if (!profile.street) {
    out.push({ serviceId: 'profile', reason: 'completeProfile' });
    return out;
  }
  const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  if (!has('sperrmuellkarte', (r) => !GONE.has(r.status) && r.createdAt.slice(0, 10) > yearAgo)) offer('sperrmuellkarte', 'addressKnown');
  if (!has(GARDEN_METER_SERVICE, (r) => !GONE.has(r.status))) offer(GARDEN_METER_SERVICE, 'noGardenMeter');
  return out;
}
