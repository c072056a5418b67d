import { describe, expect, it } from 'vitest';
import type { PaymentSummary } from './payment-summary';
import { decideWorkStart, workWaitsForPayment } from './work-gate';

const payment = (state: PaymentSummary['state'], amountCents = 3000): PaymentSummary => ({
  state,
  amountCents,
  creditorReference: 'RF39SPM2026000123',
  dueDate: '2026-12-15',
});

describe('work starts when the fee is paid', () => {
  it('lets work start on a free request and on a paid one, without a reason', () => {
    expect(decideWorkStart({})).toEqual({ allowed: true, override: false });
    expect(decideWorkStart({ payment: payment('paid') })).toEqual({ allowed: true, override: false });
    expect(decideWorkStart({ payment: payment('open', 0) })).toEqual({ allowed: true, override: false });
    // A reason given although none is needed is no override and is not recorded as one.
    expect(decideWorkStart({ payment: payment('paid') }, 'bar bezahlt')).toEqual({ allowed: true, override: false });
  });

  it('holds an open or pending fee back unless the clerk gives a reason', () => {
    for (const state of ['open', 'pending'] as const) {
      expect(workWaitsForPayment({ payment: payment(state) })).toBe(true);
      expect(decideWorkStart({ payment: payment(state) })).toEqual({ allowed: false, problem: 'required' });
      expect(decideWorkStart({ payment: payment(state) }, '   ')).toEqual({ allowed: false, problem: 'required' });
    }
    expect(decideWorkStart({ payment: payment('open') }, '  Bar im Bürgerbüro bezahlt, Quittung 17. ')).toEqual({
      allowed: true,
      override: true,
      reason: 'Bar im Bürgerbüro bezahlt, Quittung 17.',
    });
    expect(decideWorkStart({ payment: payment('open') }, 'x'.repeat(2001))).toEqual({ allowed: false, problem: 'tooLong' });
  });
});
