import type { Logger } from '../logger';
import type { Store } from '../store';
import { HttpPaymentProvider } from './http-provider';
import type { CreditorAccount, PaymentsConfig } from './payments-config';
import type { PaymentProvider } from './provider';
import { startReconciliation, type Reconciler } from './reconcile';

/** What the payment routes and the reconciliation pass share in one server process. */
export interface PaymentsService {
  store: Store;
  /** Undefined when no provider is configured: online payment answers 503, transfers still work. */
  provider?: PaymentProvider;
  creditor: CreditorAccount;
  /** The portal's public address when configured. */
  publicUrl?: string;
  /**
   * The portal's own address, known once it listens: PUBLIC_URL, or on loopback the listen
   * address. Return and webhook addresses are built from this, never from a request's Host.
   */
  portalUrl: string;
  logger?: Logger;
  reconciler?: Reconciler;
}

export function createPaymentsService(store: Store, config: PaymentsConfig | undefined, logger?: Logger): PaymentsService {
  const provider =
    config?.providerUrl && config.apiKey && config.webhookSecret
      ? new HttpPaymentProvider(config.providerUrl, config.apiKey, config.webhookSecret)
      : undefined;
  return {
    store,
    provider,
    creditor: config?.creditor ?? { name: '', iban: '' },
    publicUrl: config?.publicUrl,
    portalUrl: '',
    logger,
  };
}

/**
 * Starts the reconciliation pass once the portal listens (it needs nothing from HTTP, but runs
 * with it); its timed passes run only while `isWorker()`.
 */
export function startPaymentJobs(service: PaymentsService, config: PaymentsConfig | undefined, portalUrl: string, isWorker?: () => boolean): void {
  service.portalUrl = portalUrl;
  if (service.provider) {
    service.reconciler = startReconciliation(service.store, service.provider, (config?.reconcileMinutes ?? 5) * 60_000, service.logger, isWorker);
  }
}

export function notifyUrl(service: PaymentsService): string {
  return `${service.publicUrl ?? service.portalUrl}/api/payments/webhook`;
}
