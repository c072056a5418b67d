import { StatusTag } from '../../components/StatusTag/StatusTag';
import { Table, type TableColumn } from '../../components/Table/Table';
import { formatTimestamp } from '../../format/format-date';
import { language, useT } from '../../i18n/i18n';
import { INTL_LOCALES } from '../../i18n/languages';
import { serviceName } from '../requests/request-texts';
import type { CaseSummary } from './clerk-api';
import { useCurrentServices } from '../../catalogue/catalogue';
import { workdayColumns } from './inbox-columns';
import { describePayment } from './payment-status';
import type { InboxSortKey, InboxView } from './inbox-query';

/**
 * A real data table: caption, column headers, the reference as row header. Sortable headers
 * hold a button (the header itself is not focusable) and say their order with aria-sort, as in
 * the GOV.UK sortable table.
 */
export function InboxTable({
  cases,
  view,
  caption,
  onSort,
  selected,
  onSelect,
}: {
  cases: CaseSummary[];
  view: InboxView;
  caption: string;
  onSort(column: InboxSortKey): void;
  selected: ReadonlySet<string>;
  onSelect(id: string, checked: boolean): void;
}) {
  const t = useT();
  const locale = INTL_LOCALES[language.value];
  const services = useCurrentServices();
  // The appointment column where the listed cases have one (a pickup day, a Bürgerbüro slot).
  const workday = workdayColumns(t, locale, services, { selected, onSelect }, cases.some((c) => c.confirmedSlot));
  const sortable = (key: InboxSortKey, label: string): Pick<TableColumn<CaseSummary>, 'header' | 'sort' | 'label'> => ({
    label: t(label),
    header: (
      <button type="button" class="sort-button" id={`sort-${key}`} onClick={() => onSort(key)}>
        {t(label)}
      </button>
    ),
    sort: view.sort === key ? (view.dir === 'asc' ? 'ascending' : 'descending') : 'none',
  });
  return (
    <Table
      caption={caption}
      rows={cases}
      rowKey={(c) => c.id}
      columns={[
        workday.select,
        { ...sortable('reference', 'clerk:inbox.reference'), rowHeader: true, cell: (c) => <a href={`/sachbearbeitung/${c.id}`}>{c.reference ?? c.id}</a> },
        { ...sortable('serviceId', 'clerk:inbox.service'), cell: (c) => serviceName(t, c.serviceId) },
        { ...sortable('status', 'clerk:inbox.status'), cell: (c) => <StatusTag state={c.status} /> },
        { ...sortable('receivedAt', 'clerk:inbox.receivedAt'), cell: (c) => (c.receivedAt ? formatTimestamp(c.receivedAt, locale) : '') },
        { header: t('clerk-payments:column'), cell: (c) => describePayment(t, c.payment, locale) },
        { header: t('clerk:inbox.citizen'), cell: (c) => c.citizenName ?? '' },
        { header: t('clerk:inbox.assignee'), cell: (c) => c.assigneeName ?? t('clerk:inbox.unassigned') },
        ...workday.rest,
      ]}
    />
  );
}
