import { computeFee, formatEuro } from '../../../domain/catalogue/fee';
import type { Answers, FormService } from '../../../domain/catalogue/service-definition';
import { language, useT } from '../../i18n/i18n';
import { INTL_LOCALES } from '../../i18n/languages';

/**
 * The fee before sending, computed with the same rule the server applies at routing, and what
 * it pays for — a citizen should never agree to an amount without knowing why.
 */
export function FeeNotice({ service, answers }: { service: FormService; answers: Answers }) {
  const t = useT();
  if (service.fee.kind === 'free') return null;
  const cents = computeFee(service, answers);
  return (
    <>
      <h2 class="heading-m">{t('catalogue:fee.title')}</h2>
      <p class="fee-notice">{t('catalogue:fee.amount', { amount: formatEuro(cents, INTL_LOCALES[language.value]) })}</p>
      <p>
        <strong>{t('payments:purpose.title')}</strong> {t([`payments:purpose.${service.id}`, 'payments:purpose.default'])}
      </p>
    </>
  );
}

/**
 * The fee and its rule on the service's start page, from the same domain rule: a citizen knows
 * the cost before starting, not only on the last page.
 */
export function StartFee({ service }: { service: FormService }) {
  const t = useT();
  const fee = service.fee;
  if (fee.kind === 'free') return null;
  const euro = (cents: number) => formatEuro(cents, INTL_LOCALES[language.value]);
  let rule: string;
  if (fee.kind === 'fixed') rule = t('fees:fixed', { amount: euro(fee.cents) });
  else {
    const field = service.fields[fee.field];
    const unit = field?.type === 'number' ? field.unit : '';
    rule = t('fees:perUnit', { base: euro(fee.baseCents), included: fee.includedUnits, unit, perUnit: euro(fee.centsPerUnit) });
  }
  return (
    <section aria-labelledby="start-fee-title">
      <h2 class="heading-m" id="start-fee-title">
        {t('fees:title')}
      </h2>
      <p id="start-fee">{rule}</p>
      <p>{t('fees:when')}</p>
    </section>
  );
}
