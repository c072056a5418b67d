import { daysBetween, todayInWerne, toIsoDate, type CalendarDate } from '../validation/calendar-date';

/**
 * A deadline by which the city must answer a request, counted in calendar days from the day the
 * request was received (in Werne's time zone). Data on the service, so client (citizen's
 * confirmation and request page) and clerk see the very same date.
 */
export interface ReplyDeadlineRule {
  days: number;
  /** The provision the deadline comes from, as it is cited (not translated), e.g. `§ 5 Abs. 2 BITVNRW`. */
  legalBasis: string;
}

function addDays({ year, month, day }: CalendarDate, days: number): CalendarDate {
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The last day to answer (ISO `YYYY-MM-DD`), or `undefined` while the request has not been received. */
export function replyDeadline(rule: ReplyDeadlineRule | undefined, receivedAt: string | undefined): string | undefined {
  if (!rule || !receivedAt) return undefined;
  const received = new Date(receivedAt);
  if (Number.isNaN(received.getTime())) return undefined;
  return toIsoDate(addDays(todayInWerne(received), rule.days));
}

/** Days left until the deadline: 0 on the last day, negative once it has passed. */
export function daysUntilDeadline(deadline: string, now: Date = new Date()): number {
  const [year, month, day] = deadline.split('-').map(Number);
  return daysBetween(todayInWerne(now), { year, month, day });
}
