import type { BodyOf, EndpointById, ResponseOf } from '../../../domain/api';
import { sessionFetch } from '../../session/session-fetch';

export type { ClosingMove, PoolCapacity } from '../../../domain/api';
export type CloseDayInput = BodyOf<EndpointById<'admin.closeDay'>>;
export type CapacityFigures = Omit<BodyOf<EndpointById<'admin.changeCapacity'>>, 'rev'>;

const enc = encodeURIComponent;

export async function fetchCapacity(): Promise<ResponseOf<'admin.capacity'>['pools']> {
  return (await sessionFetch<ResponseOf<'admin.capacity'>>('/api/admin/capacity')).pools;
}

export async function saveCapacity(pool: string, rev: string | null, figures: CapacityFigures) {
  return (await sessionFetch<ResponseOf<'admin.changeCapacity'>>(`/api/admin/capacity/${enc(pool)}`, { method: 'PUT', body: { rev, ...figures } })).pool;
}

/** Without `confirm`: what closing would do, nothing changed. */
export function closeDay(pool: string, input: CloseDayInput): Promise<ResponseOf<'admin.closeDay'>> {
  return sessionFetch<ResponseOf<'admin.closeDay'>>(`/api/admin/capacity/${enc(pool)}/close`, { body: input });
}

export async function openDay(pool: string, date: string, hours?: [string, string][], district?: string) {
  const body = { date, ...(hours ? { hours } : {}), ...(district ? { district } : {}) };
  return (await sessionFetch<ResponseOf<'admin.openDay'>>(`/api/admin/capacity/${enc(pool)}/open`, { body })).pool;
}

/** "08:00-12:00, 14:00-18:00" → ranges; undefined when the text is not only such ranges. */
export function parseHours(text: string): [string, string][] | undefined {
  const ranges: [string, string][] = [];
  const rest = text.replace(/(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})/g, (_m, h1, m1, h2, m2) => {
    ranges.push([`${h1.padStart(2, '0')}:${m1}`, `${h2.padStart(2, '0')}:${m2}`]);
    return '';
  });
  return rest.replace(/[\s,;]/g, '') ? undefined : ranges;
}

export function hoursText(hours: readonly (readonly [string, string])[] | undefined): string {
  return (hours ?? []).map(([a, b]) => `${a}–${b}`).join(', ');
}
