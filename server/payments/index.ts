export { markPaid, markPayment, nextPaymentSummary, type MarkResult, type PaymentMark } from './mark-paid';
export { paymentRequestRoutes, paymentReturnRoutes, paymentWebhookRoute } from './payment-routes';
export { createPaymentsService, startPaymentJobs, type PaymentsService } from './payments-service';
export { loadPaymentsConfig, type PaymentsConfig, type CreditorAccount } from './payments-config';
export { reconcilePayments, type ReconcileResult } from './reconcile';
export { startBuiltInSandbox } from './built-in-sandbox';
export type { PaymentProvider, PaymentInformation, PaymentRequest, PaymentStatus } from './provider';
