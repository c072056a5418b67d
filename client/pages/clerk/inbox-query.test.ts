import { describe, expect, it } from 'vitest';
import { readView, toggleSort, viewQuery } from './inbox-query';

describe('inbox view in the address', () => {
  it('round-trips filters and leaves defaults out', () => {
    const view = readView({ status: 'received', q: 'Müller', page: '2' });
    expect(viewQuery(view)).toBe('status=received&q=M%C3%BCller&page=2');
    expect(viewQuery(readView({}))).toBe('');
  });

  it('sorts by a new column ascending, and turns round on the second click', () => {
    const byRef = toggleSort(readView({ page: '3' }), 'reference');
    expect(byRef).toMatchObject({ sort: 'reference', dir: 'asc', page: 1 });
    expect(toggleSort(byRef, 'reference').dir).toBe('desc');
    expect(toggleSort(readView({}), 'receivedAt').dir).toBe('asc');
  });
});
