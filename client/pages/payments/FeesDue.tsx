import { INTL_LOCALES } from '../../i18n/languages';
import { formatEuro } from '../../../domain/catalogue/fee';
import type { RequestDoc } from '../../../domain/request/request-document';
import { NotificationBanner } from '../../components/NotificationBanner/NotificationBanner';
import { language, useT } from '../../i18n/i18n';
import { requestLabel } from '../requests/request-texts';
import { owesFee, PayLinks } from './PaymentStatus';

/** Mein Bereich: every fee still owed, with the way to pay it — from the device, so offline too. */
export function FeesDue({ requests }: { requests: RequestDoc[] }) {
  const t = useT();
  const due = requests.filter(owesFee);
  if (!due.length) return null;
  return (
    <NotificationBanner id="fees-title" title={t('payments:status.dueTitle')}>
      {due.map((doc) => {
        const label = requestLabel(t, doc);
        return (
          <div key={doc.id} class="fee-due">
            <p>{t('payments:status.dueItem', { request: label, amount: formatEuro(doc.payment!.amountCents, INTL_LOCALES[language.value]) })}</p>
            <PayLinks doc={doc} label={label} />
          </div>
        );
      })}
    </NotificationBanner>
  );
}
