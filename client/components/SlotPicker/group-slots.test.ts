import { describe, expect, it } from 'vitest';
import { groupSlots } from './group-slots';

describe('groupSlots', () => {
  it('groups pickup days by the Monday of their week', () => {
    expect(groupSlots(['2026-11-30', '2026-12-04', '2026-12-07', '2026-12-09'])).toEqual([
      { key: '2026-11-30', slots: ['2026-11-30', '2026-12-04'] },
      { key: '2026-12-07', slots: ['2026-12-07', '2026-12-09'] },
    ]);
  });

  it('groups appointment times by day', () => {
    expect(groupSlots(['2026-11-26T08:00', '2026-11-26T17:40', '2026-11-27T08:00'])).toEqual([
      { key: '2026-11-26', slots: ['2026-11-26T08:00', '2026-11-26T17:40'] },
      { key: '2026-11-27', slots: ['2026-11-27T08:00'] },
    ]);
  });
});
