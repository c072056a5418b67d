import type { RequestDoc } from '../request/request-document';
import { findPool } from '../slots/pools';
import { isBookable } from '../slots/candidate-slots';
import { isoDate } from '../slots/holidays-nrw';
import { parseDateParts } from '../validation/calendar-date';
import { canMigrate } from './migration-paths';
import type { Answers } from './service-definition';

/**
 * Moving a draft from one version of its form to the next, on the device, when the citizen opens
 * it. Requests already sent keep the version they were filled against (the server accepts every
 * registered version), so only drafts are ever migrated.
 */
type AnswersMigration = (answers: Answers, now: Date) => Answers;

/** Sperrmüllkarte 1 → 2: the free date becomes a pickup slot, when it is one the pool offers. */
export function sperrmuellV1toV2(answers: Answers, now: Date): Answers {
  const { pickupDate, ...rest } = answers;
  const parsed = pickupDate && typeof pickupDate === 'object' && !Array.isArray(pickupDate) ? parseDateParts(pickupDate) : undefined;
  const pool = findPool('sperrmuell');
  if (!parsed || typeof parsed === 'string' || !pool) return rest;
  const slot = isoDate(parsed.year, parsed.month, parsed.day);
  // A date that is no pickup day (a holiday, too soon by now) is dropped: the picker then asks.
  return isBookable(pool, slot, now) ? { ...rest, pickupSlot: slot } : rest;
}

/** service id → from version → migration to version + 1 (the paths are in migration-paths). */
const MIGRATIONS: Readonly<Record<string, Readonly<Record<number, AnswersMigration>>>> = {
  sperrmuellkarte: { 1: sperrmuellV1toV2 },
};

export { canMigrate };

/**
 * The draft moved to `toVersion`, or undefined when there is nothing to do (not a draft, already
 * there, or no migration path — then it stays on its version, which stays registered).
 */
export function migrateDraft(doc: RequestDoc, toVersion: number, now = new Date()): RequestDoc | undefined {
  if (doc.status !== 'draft' || !canMigrate(doc.serviceId, doc.catalogueVersion, toVersion)) return undefined;
  let answers = doc.answers;
  for (let v = doc.catalogueVersion; v < toVersion; v++) answers = MIGRATIONS[doc.serviceId][v](answers, now);
  const { problems: _stale, ...rest } = doc;
  return { ...rest, catalogueVersion: toVersion, answers };
}
