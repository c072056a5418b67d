import { describe, expect, it } from 'vitest';
import { sortNewestFirst, type CaseSummary } from './clerk-api';

const c = (id: string, receivedAt?: string): CaseSummary => ({
  id,
  serviceId: 'sperrmuellkarte',
  status: 'received',
  receivedAt,
  updatedAt: '2026-01-01T00:00:00.000Z',
});

describe('inbox order', () => {
  it('puts the newest received request first', () => {
    const sorted = sortNewestFirst([c('a', '2026-11-20T10:00:00Z'), c('b', '2026-11-25T10:00:00Z'), c('c', '2026-11-22T10:00:00Z')]);
    expect(sorted.map((x) => x.id)).toEqual(['b', 'c', 'a']);
  });
});
