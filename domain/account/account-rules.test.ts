import { describe, expect, it } from 'vitest';
import { checkAccountFields } from './account-rules';

describe('account fields', () => {
  it('accepts a plain registration', () => {
    expect(checkAccountFields({ name: 'Erika Mustermann', email: 'erika@example.org', password: 'lange genug 2026' })).toEqual([]);
  });

  it('names each missing field', () => {
    expect(checkAccountFields({})).toEqual([
      { field: 'email', code: 'required' },
      { field: 'password', code: 'required' },
      { field: 'name', code: 'required' },
    ]);
  });

  it('refuses a malformed e-mail, a short or overlong password and an overlong name', () => {
    expect(checkAccountFields({ name: 'x'.repeat(101), email: 'erika@beispiel', password: 'kurz' })).toEqual([
      { field: 'email', code: 'format' },
      { field: 'password', code: 'tooShort' },
      { field: 'name', code: 'tooLong' },
    ]);
    expect(checkAccountFields({ name: 'E', email: 'e@example.org', password: 'x'.repeat(201) })).toEqual([{ field: 'password', code: 'tooLong' }]);
  });

  it('ignores surrounding spaces in name and e-mail, never in the password', () => {
    expect(checkAccountFields({ name: '  Erika ', email: ' erika@example.org ', password: '          ' })).toEqual([]);
    expect(checkAccountFields({ name: '   ', email: 'erika@example.org', password: 'lange genug 2026' })).toEqual([{ field: 'name', code: 'required' }]);
  });
});
