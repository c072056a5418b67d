import { PAYMENT_METHODS, type PaymentMethod } from '../../../domain/payments/payment-summary';
import type { RequestDoc } from '../../../domain/request/request-document';
import { ChoiceGroup } from '../../components/Field/ChoiceGroup';
import { choosePayment } from '../../data/request-store';
import { useT } from '../../i18n/i18n';

/**
 * "Online or by bank transfer?" on the check page of a fee-bearing service: native radios
 * (GOV.UK radios), saved on the device at every change, so it works offline like the answers.
 * Not required: paying needs the request routed first, and the pay page and the invoice are both
 * offered from "Meine Anträge" whatever was chosen here.
 */
export function PaymentChoice({ doc }: { doc: RequestDoc }) {
  const t = useT();
  return (
    <ChoiceGroup
      type="radio"
      fieldId="paymentChoice"
      options={PAYMENT_METHODS}
      legend={t('payments:choice.legend')}
      hint={t('payments:choice.hint')}
      optionLabel={(o) => t(`payments:choice.options.${o}`)}
      isChecked={(o) => doc.paymentChoice === o}
      asHeading={false}
      onToggle={(o) => void choosePayment(doc.id, o as PaymentMethod)}
    />
  );
}
