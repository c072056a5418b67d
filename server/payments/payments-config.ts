import { parsePublicUrl } from '../http/public-origin';
import { currentCity } from '../../domain/city/load-city';
import { isValidBic, isValidIban, normalizeIban } from '../../domain/payments/iban';

/** The city's account for bank transfers, printed on invoices and in the GiroCode. */
export interface CreditorAccount {
  name: string;
  iban: string;
  bic?: string;
}

/** Payment settings from the environment (README, "Konfiguration"). */
export interface PaymentsConfig {
  /** An external provider's API; when unset, `npm start` runs the built-in sandbox. */
  providerUrl?: string;
  apiKey?: string;
  webhookSecret?: string;
  /** Port of the built-in sandbox (0: any free one). */
  sandboxPort: number;
  /** The portal's address as browsers and the provider reach it (return and webhook URLs). */
  publicUrl?: string;
  /** Minutes between reconciliation passes (0: only at start-up). */
  reconcileMinutes: number;
  creditor: CreditorAccount;
}

/**
 * Demo account: the example IBAN of the German banking industry (valid check digits, no real
 * account). A city sets its Stadtkasse's own account before going live.
 */
export const DEMO_CREDITOR: CreditorAccount = { name: `${currentCity().authority} – Stadtkasse`, iban: 'DE89370400440532013000', bic: 'COBADEFFXXX' };

function wholeNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} muss eine ganze Zahl ≥ 0 sein, nicht „${value}“.`);
  return n;
}

export function loadPaymentsConfig(env: NodeJS.ProcessEnv = process.env): PaymentsConfig {
  const providerUrl = env.PAYMENT_PROVIDER_URL || undefined;
  if (providerUrl && (!env.PAYMENT_PROVIDER_API_KEY || !env.PAYMENT_WEBHOOK_SECRET)) {
    throw new Error('Mit PAYMENT_PROVIDER_URL müssen auch PAYMENT_PROVIDER_API_KEY und PAYMENT_WEBHOOK_SECRET gesetzt sein.');
  }
  if (env.PAYMENT_WEBHOOK_SECRET && env.PAYMENT_WEBHOOK_SECRET.length < 32) throw new Error('PAYMENT_WEBHOOK_SECRET muss mindestens 32 Zeichen lang sein.');
  const iban = normalizeIban(env.CITY_IBAN || DEMO_CREDITOR.iban);
  if (!isValidIban(iban)) throw new Error(`CITY_IBAN „${env.CITY_IBAN}“ ist keine gültige IBAN.`);
  const bic = env.CITY_IBAN ? env.CITY_BIC || undefined : (env.CITY_BIC ?? DEMO_CREDITOR.bic);
  if (bic && !isValidBic(bic)) throw new Error(`CITY_BIC „${bic}“ ist keine gültige BIC.`);
  const name = (env.CITY_CREDITOR_NAME || DEMO_CREDITOR.name).trim();
  if (name.length > 70) throw new Error('CITY_CREDITOR_NAME darf höchstens 70 Zeichen lang sein (GiroCode).');
  const publicUrl = parsePublicUrl(env.PUBLIC_URL);
  return {
    providerUrl,
    apiKey: env.PAYMENT_PROVIDER_API_KEY || undefined,
    webhookSecret: env.PAYMENT_WEBHOOK_SECRET || undefined,
    sandboxPort: wholeNumber('PAYMENT_SANDBOX_PORT', env.PAYMENT_SANDBOX_PORT, 0),
    publicUrl,
    reconcileMinutes: wholeNumber('PAYMENT_RECONCILE_MINUTES', env.PAYMENT_RECONCILE_MINUTES, 5),
    creditor: { name, iban, ...(bic ? { bic: bic.toUpperCase() } : {}) },
  };
}
