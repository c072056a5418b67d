export { markPaid, markPayment, nextPaymentSummary, type MarkResult, type PaymentMark } from './mark-paid';
