import { computeFee, formatEuro } from '../../../domain/catalogue/fee';
import type { Answers, ServiceDefinition } from '../../../domain/catalogue/service-definition';
import { language, useT } from '../../i18n/i18n';

/**
 * The fee as the server will fix it (same rule, same function), shown before sending so nobody
 * is surprised by the bill. Free services show nothing.
 */
export function FeeSummary({ service, answers }: { service: ServiceDefinition; answers: Answers }) {
  const t = useT();
  if (service.fee.kind === 'free') return null;
  const cents = computeFee(service, answers);
  return (
    <>
      <h2 class="heading-m" id="fee-heading">
        {t('slots:fee.label')}
      </h2>
      <p class="lead" id="fee-amount">
        {cents === 0 ? t('slots:fee.free') : formatEuro(cents, language.value)}
      </p>
    </>
  );
}
