import type { RequestDoc } from '../../../domain/request/request-document';
import { useT } from '../../i18n/i18n';
import { KeptDocumentLink } from '../requests/ReceiptLink';
import { invoicePdfUrl, paymentReceiptPdfUrl } from './payment-paths';

/**
 * The fee's documents, kept on the device like the Eingangsbestätigung: the invoice while the
 * fee is owed (for a bank transfer), the payment receipt once it is paid.
 */
export function PaymentDocuments({ doc }: { doc: RequestDoc }) {
  const t = useT();
  const payment = doc.payment;
  if (!payment || !doc.reference) return null;
  if (payment.state === 'paid') {
    return (
      <KeptDocumentLink
        // paidAt in the key: a receipt is only ever made for one payment, but a cache entry from
        // before a correction by the treasury must not be shown for the new one.
        url={`${paymentReceiptPdfUrl(doc.id)}?paid=${encodeURIComponent(payment.paidAt ?? '')}`}
        filename={`Zahlungsbestaetigung-${doc.reference}.pdf`}
        label={t('payments:documents.receipt')}
        offlineText={t('payments:documents.offline')}
        id="payment-receipt-link"
      />
    );
  }
  return (
    <KeptDocumentLink
      url={invoicePdfUrl(doc.id)}
      filename={`Rechnung-${doc.reference}.pdf`}
      label={t('payments:documents.invoice')}
      offlineText={t('payments:documents.offline')}
      id="invoice-pdf-link"
    />
  );
}
