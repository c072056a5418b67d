import { describe, expect, it } from 'vitest';
import type { PaymentSummary } from './payment-summary';
import { decideWorkStart, workWaitsForPayment } from './work-gate';

const payment = (state: PaymentSummary['state'], amountCents = 3000): PaymentSummary => ({
  state,
  amountCents,
  creditorReference: 'RF39SPM2026000123',
  dueDate: '2026-12-15',
});

const received = (p?: PaymentSummary) => ({ status: 'received' as const, ...(p ? { payment: p } : {}) });

describe('work starts when the fee is paid', () => {
  it('lets work start on a free request and on a paid one, without a reason', () => {
    expect(decideWorkStart(received())).toEqual({ allowed: true, override: false });
    expect(decideWorkStart(received(payment('paid')))).toEqual({ allowed: true, override: false });
    expect(decideWorkStart(received(payment('open', 0)))).toEqual({ allowed: true, override: false });
    // A reason given although none is needed is no override and is not recorded as one.
    expect(decideWorkStart(received(payment('paid')), 'bar bezahlt')).toEqual({ allowed: true, override: false });
  });

  it('does not ask again when work resumes after a question to the citizen', () => {
    expect(workWaitsForPayment({ status: 'needs_info', payment: payment('open') })).toBe(false);
    expect(decideWorkStart({ status: 'needs_info', payment: payment('open') })).toEqual({ allowed: true, override: false });
  });

  it('holds an open or pending fee back unless the clerk gives a reason', () => {
    for (const state of ['open', 'pending'] as const) {
      expect(workWaitsForPayment(received(payment(state)))).toBe(true);
      expect(decideWorkStart(received(payment(state)))).toEqual({ allowed: false, problem: 'required' });
      expect(decideWorkStart(received(payment(state)), '   ')).toEqual({ allowed: false, problem: 'required' });
    }
    expect(decideWorkStart(received(payment('open')), '  Bar im Bürgerbüro bezahlt, Quittung 17. ')).toEqual({
      allowed: true,
      override: true,
      reason: 'Bar im Bürgerbüro bezahlt, Quittung 17.',
    });
    expect(decideWorkStart(received(payment('open')), 'x'.repeat(2001))).toEqual({ allowed: false, problem: 'tooLong' });
  });
});
