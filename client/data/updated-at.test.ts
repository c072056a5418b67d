import { describe, expect, it } from 'vitest';
import { nextUpdatedAt } from './updated-at';

describe('nextUpdatedAt', () => {
  const now = new Date('2026-11-25T10:00:00.000Z');

  it('uses the clock when it moved on', () => {
    expect(nextUpdatedAt('2026-11-25T09:00:00.000Z', now)).toBe('2026-11-25T10:00:00.000Z');
    expect(nextUpdatedAt(undefined, now)).toBe('2026-11-25T10:00:00.000Z');
  });

  it('stays strictly increasing within one millisecond or when the clock went back', () => {
    expect(nextUpdatedAt('2026-11-25T10:00:00.000Z', now)).toBe('2026-11-25T10:00:00.001Z');
    expect(nextUpdatedAt('2026-11-25T11:00:00.000Z', now)).toBe('2026-11-25T11:00:00.001Z');
  });
});
