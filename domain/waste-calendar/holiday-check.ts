/**
 * The calendar's `holidays` must be exactly NRW's public holidays on weekdays within its
 * validity: the sample once marked 24 and 31 December as "Feiertag" although neither is one
 * (FTG NRW §2). Checked against the computed list in `domain/slots`, so a replacement file
 * can neither invent a holiday nor forget one.
 */
import { isNrwHoliday, nrwHolidays } from '../slots/holidays-nrw';
import type { CalendarData } from './calendar-data';
import { dayNumber } from './pickup-dates';

const isSunday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay() === 0;
const isWeekday = (iso: string) => {
  const day = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return day >= 1 && day <= 5;
};

export function holidayProblems(data: CalendarData): string[] {
  const problems: string[] = [];
  const listed = new Set(data.holidays ?? []);
  for (const h of listed) {
    if (!isNrwHoliday(h)) problems.push(`holidays: ${h} ist in NRW kein gesetzlicher Feiertag (für einmalige Verlegungen gibt es „moves“)`);
  }
  const first = Number(data.validFrom?.slice(0, 4));
  const last = Number(data.validUntil?.slice(0, 4));
  if (!Number.isInteger(first) || !Number.isInteger(last)) return problems;
  for (let year = first; year <= last; year++) {
    for (const h of nrwHolidays(year).keys()) {
      if (h < data.validFrom || h > data.validUntil || !isWeekday(h)) continue;
      if (!listed.has(h)) problems.push(`holidays: der Feiertag ${h} fehlt`);
    }
  }
  for (const [from, to] of Object.entries(data.moves ?? {})) {
    if (Number.isNaN(dayNumber(to))) continue;
    if (isNrwHoliday(to) || isSunday(to)) problems.push(`moves.${from}: ${to} ist ein Sonn- oder Feiertag`);
  }
  return problems;
}
