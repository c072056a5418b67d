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
