import { StatusTag } from '../../../components/StatusTag/StatusTag';
import { Table } from '../../../components/Table/Table';
import { useT } from '../../../i18n/i18n';
import type { ClerkFoundItem } from './fundsachen-clerk-api';

/** The Fundbüro's items as a real table (caption, column headers), each with its claims. */
export function FoundItemsTable({ items, formatDate }: { items: ClerkFoundItem[]; formatDate(iso: string): string }) {
  const t = useT();
  return (
    <Table
      caption={t('fundsachen-liste:clerk.caption')}
      rows={items}
      rowKey={(item) => item.id}
      columns={[
        { header: t('fundsachen-liste:list.number'), rowHeader: true, cell: (item) => item.number },
        { header: t('fundsachen-liste:clerk.category'), cell: (item) => t(`fundbuero:fields.what.options.${item.category}`) },
        {
          header: t('fundsachen-liste:list.description'),
          cell: (item) => (
            <>
              {item.description}
              <br />
              {item.place}
            </>
          ),
        },
        { header: t('fundsachen-liste:list.foundOn'), cell: (item) => formatDate(item.foundOn) },
        { header: t('fundsachen-liste:clerk.storageNumber'), cell: (item) => item.storageNumber },
        { header: t('fundsachen-liste:clerk.status'), cell: (item) => t(`fundsachen-liste:clerk.statuses.${item.status}`) },
        {
          header: t('fundsachen-liste:clerk.claims'),
          cell: (item) =>
            item.claims.length === 0 ? (
              t('fundsachen-liste:clerk.noClaims')
            ) : (
              <ul class="plain-list">
                {item.claims.map((c) => (
                  <li key={c.id}>
                    <a href={`/sachbearbeitung/${c.id}`}>{c.reference ?? c.id}</a> <StatusTag state={c.status} />
                  </li>
                ))}
              </ul>
            ),
        },
      ]}
    />
  );
}
