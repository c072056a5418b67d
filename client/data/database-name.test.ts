import { describe, expect, it } from 'vitest';
import { databaseNameFor } from './database-name';

const VALID = /^[a-z][_a-zA-Z0-9-]*$/;

describe('databaseNameFor', () => {
  it('keeps lowercase ids readable', () => {
    expect(databaseNameFor('3f1c2a9e-0000-4000-8000-000000000001')).toBe('bp-user-3f1c2a9e-0000-4000-8000-000000000001');
  });

  it('encodes anything RxDB would refuse, keeping different ids apart', () => {
    const a = databaseNameFor('User:1');
    const b = databaseNameFor('user:1');
    expect(a).toMatch(VALID);
    expect(b).toMatch(VALID);
    expect(a).not.toBe(b);
    expect(databaseNameFor('org.couchdb.user:anna@example.org')).toMatch(VALID);
  });
});
