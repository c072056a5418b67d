import { formatEuro } from '../../../domain/catalogue/fee';
import { formatRfReference } from '../../../domain/payments/rf-reference';
import type { ComponentChildren } from 'preact';
import { Table } from '../../components/Table/Table';
import { language, useT } from '../../i18n/i18n';
import { INTL_LOCALES } from '../../i18n/languages';
import type { StatementLine } from './kasse-api';

const day = (iso: string, locale: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
};

/** Payment lines as a data table: the Aktenzeichen (or the RF reference) names each row. */
export function StatementLines({ lines, caption, id, withOutcome, action }: { lines: StatementLine[]; caption: string; id: string; withOutcome?: boolean; action?: (l: StatementLine) => ComponentChildren }) {
  const t = useT();
  const locale = INTL_LOCALES[language.value];
  const note = (l: StatementLine) => (l.why ? t(`kasse:why.${l.why}`, { remittance: l.remittance ?? '–' }) : '');
  return (
    <Table
      id={id}
      caption={caption}
      rows={lines}
      rowKey={(l) => l._id}
      columns={[
        { header: t('kasse:columns.aktenzeichen'), rowHeader: true, cell: (l) => l.aktenzeichen ?? '–' },
        ...(withOutcome ? [{ header: t('kasse:columns.outcome'), cell: (l: StatementLine) => t(`kasse:outcomes.${l.outcome}`) }] : []),
        { header: t('kasse:columns.bookingDate'), cell: (l) => day(l.bookingDate, locale) },
        { header: t('kasse:columns.amount'), cell: (l) => formatEuro(l.amountCents, locale) },
        { header: t('kasse:columns.expected'), cell: (l) => (l.expectedCents !== undefined ? formatEuro(l.expectedCents, locale) : '–') },
        { header: t('kasse:columns.creditorReference'), cell: (l) => (l.creditorReference ? formatRfReference(l.creditorReference) : '–') },
        { header: t('kasse:columns.debtor'), cell: (l) => l.debtorName ?? '–' },
        { header: t('kasse:columns.note'), cell: note },
        ...(action ? [{ header: t('kasse:close.column'), cell: action }] : []),
      ]}
    />
  );
}
