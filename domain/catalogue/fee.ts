import type { Answers, FormService } from './service-definition';
import { parseDecimal } from '../validation/validate-answers';

/**
 * The fee for a request in euro cents, from the service's fee rule and the answers. The device
 * shows it before sending; the server fixes it at routing with the same function.
 */
export function computeFee(service: FormService, answers: Answers): number {
  const rule = service.fee;
  switch (rule.kind) {
    case 'free':
      return 0;
    case 'fixed':
      return rule.cents;
    case 'perUnit': {
      const raw = answers[rule.field];
      const units = typeof raw === 'string' ? parseDecimal(raw) ?? 0 : 0;
      const extra = Math.max(0, Math.ceil(units - rule.includedUnits - 1e-9));
      return rule.baseCents + extra * rule.centsPerUnit;
    }
  }
}

/** "25,00 €" in German, "€25.00" in English: the amount as the citizen's language writes it. */
export function formatEuro(cents: number, locale: string): string {
  const intlLocale = locale === 'de-x-easy' ? 'de-DE' : locale;
  return new Intl.NumberFormat(intlLocale, { style: 'currency', currency: 'EUR' }).format(cents / 100);
}
