import { describe, expect, it } from 'vitest';
import { maySubmit } from './may-submit';

describe('maySubmit', () => {
  it('needs a confirmed address or a verified identity', () => {
    expect(maySubmit({ emailConfirmed: false })).toBe(false);
    expect(maySubmit({})).toBe(false);
    expect(maySubmit(null)).toBe(false);
    expect(maySubmit({ emailConfirmed: true })).toBe(true);
    expect(maySubmit({ emailConfirmed: false, identityVerified: true })).toBe(true);
  });
});
