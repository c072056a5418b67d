import { StatusTag } from '../../components/StatusTag/StatusTag';
import { formatTimestamp } from '../../format/format-date';
import { language, useT } from '../../i18n/i18n';
import { INTL_LOCALES } from '../../i18n/languages';
import { serviceName } from '../requests/request-texts';
import type { CaseSummary } from './clerk-api';
import type { InboxSortKey, InboxView } from './inbox-query';

const COLUMNS: { key: InboxSortKey; label: string }[] = [
  { key: 'reference', label: 'clerk:inbox.reference' },
  { key: 'serviceId', label: 'clerk:inbox.service' },
  { key: 'status', label: 'clerk:inbox.status' },
  { key: 'receivedAt', label: 'clerk:inbox.receivedAt' },
];

/**
 * A real data table: caption, column headers, the reference as row header. Sortable headers
 * hold a button (the header itself is not focusable) and say their order with aria-sort, as in
 * the GOV.UK sortable table.
 */
export function InboxTable({ cases, view, caption, onSort }: { cases: CaseSummary[]; view: InboxView; caption: string; onSort(column: InboxSortKey): void }) {
  const t = useT();
  const locale = INTL_LOCALES[language.value];
  // Focusable with a name: a wide table scrolls sideways in its box, and keyboard users must be
  // able to scroll it too (WCAG 2.1.1).
  return (
    <div class="table-wrapper" tabIndex={0} role="region" aria-label={caption}>
      <table class="table">
        <caption class="table__caption">{caption}</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c.key} scope="col" aria-sort={view.sort === c.key ? (view.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
                <button type="button" class="sort-button" id={`sort-${c.key}`} onClick={() => onSort(c.key)}>
                  {t(c.label)}
                </button>
              </th>
            ))}
            <th scope="col">{t('clerk:inbox.citizen')}</th>
            <th scope="col">{t('clerk:inbox.assignee')}</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <a href={`/sachbearbeitung/${c.id}`}>{c.reference ?? c.id}</a>
              </th>
              <td>{serviceName(t, c.serviceId)}</td>
              <td>
                <StatusTag state={c.status} />
              </td>
              <td>{c.receivedAt ? formatTimestamp(c.receivedAt, locale) : ''}</td>
              <td>{c.citizenName ?? ''}</td>
              <td>{c.assigneeName ?? t('clerk:inbox.unassigned')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
