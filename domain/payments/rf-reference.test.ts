import { describe, expect, it } from 'vitest';
import { createRfReference, formatRfReference, isValidRfReference, rfReferenceForAktenzeichen } from './rf-reference';
import { dueDateAfter, paymentAtRouting } from './open-payment';

describe('ISO 11649 creditor reference', () => {
  it('computes the check digits of published examples', () => {
    // The example of the standard and of the European Payments Council's guidance.
    expect(createRfReference('539007547034')).toBe('RF18539007547034');
    expect(createRfReference('2348231')).toBe('RF712348231');
    expect(createRfReference('G72UUR')).toBe('RF45G72UUR');
  });

  it('accepts published references as printed, with spaces and in lower case', () => {
    expect(isValidRfReference('RF18 5390 0754 7034')).toBe(true);
    expect(isValidRfReference('rf18539007547034')).toBe(true);
    expect(isValidRfReference('RF45G72UUR')).toBe(true);
  });

  it('refuses wrong check digits, a swapped digit and malformed text', () => {
    expect(isValidRfReference('RF19539007547034')).toBe(false);
    expect(isValidRfReference('RF18539007547043')).toBe(false);
    expect(isValidRfReference('RF18')).toBe(false);
    expect(isValidRfReference('XX18539007547034')).toBe(false);
    expect(isValidRfReference('RF18-5390')).toBe(false);
    expect(isValidRfReference(`RF00${'1'.repeat(22)}`)).toBe(false);
  });

  it('refuses a body that is empty, too long or has other characters', () => {
    expect(() => createRfReference('')).toThrow();
    expect(() => createRfReference('1'.repeat(22))).toThrow();
    expect(() => createRfReference('SPM-2026')).toThrow();
    expect(createRfReference('1'.repeat(21))).toHaveLength(25);
  });

  it('derives a valid reference from every Aktenzeichen, distinct per service prefix', () => {
    const spm = rfReferenceForAktenzeichen('SPM-2026-000123');
    const gwz = rfReferenceForAktenzeichen('GWZ-2026-000123');
    expect(spm).toMatch(/^RF\d{2}SPM2026000123$/);
    expect(isValidRfReference(spm)).toBe(true);
    expect(isValidRfReference(gwz)).toBe(true);
    expect(spm).not.toBe(gwz);
    expect(formatRfReference('RF18539007547034')).toBe('RF18 5390 0754 7034');
  });
});

describe('payment at routing', () => {
  it('is due 14 days after the routing day in Werne, across the year and in Berlin time', () => {
    expect(dueDateAfter(new Date('2026-12-20T10:00:00Z'))).toBe('2027-01-03');
    // 23:30 UTC on 31 March is already 1 April in Werne (summer time).
    expect(dueDateAfter(new Date('2026-03-31T23:30:00Z'))).toBe('2026-04-15');
  });

  it('opens a payment for a fee, none for a free request, and keeps a paid one when routed again', () => {
    const now = new Date('2026-12-01T09:00:00Z');
    expect(paymentAtRouting(undefined, 0, 'SPM-2026-000001', now)).toBeUndefined();
    const open = paymentAtRouting(undefined, 2500, 'SPM-2026-000001', now)!;
    expect(open).toEqual({ state: 'open', amountCents: 2500, creditorReference: rfReferenceForAktenzeichen('SPM-2026-000001'), dueDate: '2026-12-15' });
    expect(paymentAtRouting(open, 3000, 'SPM-2026-000001', now)!.amountCents).toBe(3000);
    const paid = { ...open, state: 'paid' as const, paidCents: 2500, method: 'online' as const };
    expect(paymentAtRouting(paid, 3000, 'SPM-2026-000001', now)).toBe(paid);
  });
});
