import { describe, expect, it } from 'vitest';
import type { PaymentSummary } from '../../../domain/payments/payment-summary';
import { formatDueDate, formatPaidOn, paymentStateText } from './payment-format';

const open: PaymentSummary = { state: 'open', amountCents: 3000, creditorReference: 'RF18539007547034', dueDate: '2026-12-15' };
/** A stand-in translate that shows the key and its values, so the test sees which text is chosen. */
const t = (key: string | string[], options?: Record<string, unknown>) => `${key}${options ? ' ' + JSON.stringify(options) : ''}`;

describe('payment texts', () => {
  it('says open with the amount in the citizen\'s language', () => {
    expect(paymentStateText(t, open, 'de', 'de-DE')).toBe('payments:status.open {"amount":"30,00\u00a0€"}');
    expect(paymentStateText(t, open, 'en', 'en-GB')).toBe('payments:status.open {"amount":"€30.00"}');
    expect(paymentStateText(t, { ...open, state: 'pending' }, 'de', 'de-DE')).toBe('payments:status.pending {"amount":"30,00\u00a0€"}');
  });

  it('says paid with the day in Werne, even just after midnight there', () => {
    const paid: PaymentSummary = { ...open, state: 'paid', paidAt: '2026-12-01T23:30:00.000Z' };
    expect(paymentStateText(t, paid, 'de', 'de-DE')).toBe('payments:status.paid {"date":"2. Dezember 2026"}');
    expect(formatPaidOn('2026-12-01T22:59:00.000Z', 'de-DE')).toBe('1. Dezember 2026');
  });

  it('shows a due date as the calendar day it is, in any zone', () => {
    expect(formatDueDate('2026-12-15', 'de-DE')).toBe('15. Dezember 2026');
    expect(formatDueDate('2026-12-15', 'en-GB')).toBe('15 December 2026');
    expect(formatDueDate('kaputt', 'de-DE')).toBe('kaputt');
  });
});
