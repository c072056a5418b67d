import { describe, expect, it } from 'vitest';
import { daysUntilDeadline, replyDeadline } from './reply-deadline';
import { findService } from '.';

const SIX_WEEKS = { days: 42, legalBasis: '§ 5 Abs. 2 BITVNRW' };

describe('reply deadlines', () => {
  it('count calendar days from the day of receipt in Werne', () => {
    expect(replyDeadline(SIX_WEEKS, '2026-12-01T10:00:00Z')).toBe('2027-01-12');
    // 23:30 UTC on 31 March is already 1 April in Werne (summer time).
    expect(replyDeadline(SIX_WEEKS, '2026-03-31T23:30:00Z')).toBe('2026-05-13');
  });

  it('exist only once a request is received and the service has a rule', () => {
    expect(replyDeadline(SIX_WEEKS, undefined)).toBeUndefined();
    expect(replyDeadline(undefined, '2026-12-01T10:00:00Z')).toBeUndefined();
    expect(replyDeadline(SIX_WEEKS, 'kein Datum')).toBeUndefined();
  });

  it('say how many days are left, negative when overdue', () => {
    expect(daysUntilDeadline('2027-01-12', new Date('2027-01-12T08:00:00Z'))).toBe(0);
    expect(daysUntilDeadline('2027-01-12', new Date('2027-01-02T08:00:00Z'))).toBe(10);
    expect(daysUntilDeadline('2027-01-12', new Date('2027-01-13T08:00:00Z'))).toBe(-1);
  });

  it('bind the barrier report to the NRW maximum of six weeks, answered by the accessibility officer', () => {
    const service = findService('barriere-melden')!;
    expect(service.replyDeadline).toEqual(SIX_WEEKS);
    expect(service.routing).toEqual({ kind: 'department', department: 'barrierefreiheit' });
  });
});
