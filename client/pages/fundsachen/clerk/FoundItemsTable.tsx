import { StatusTag } from '../../../components/StatusTag/StatusTag';
import { useT } from '../../../i18n/i18n';
import type { ClerkFoundItem } from './fundsachen-clerk-api';

/** The Fundbüro's items as a real table (caption, column headers), each with its claims. */
export function FoundItemsTable({ items, formatDate }: { items: ClerkFoundItem[]; formatDate(iso: string): string }) {
  const t = useT();
  return (
    // Seven columns scroll sideways on narrow screens: the wrapper takes focus so keyboard users
    // can scroll it too (WCAG 2.1.1; axe "scrollable-region-focusable"), named by the caption.
    <div class="table-wrapper" tabIndex={0} role="region" aria-labelledby="found-items-caption">
      <table class="table">
        <caption class="table__caption" id="found-items-caption">
          {t('fundsachen-liste:clerk.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('fundsachen-liste:list.number')}</th>
            <th scope="col">{t('fundsachen-liste:clerk.category')}</th>
            <th scope="col">{t('fundsachen-liste:list.description')}</th>
            <th scope="col">{t('fundsachen-liste:list.foundOn')}</th>
            <th scope="col">{t('fundsachen-liste:clerk.storageNumber')}</th>
            <th scope="col">{t('fundsachen-liste:clerk.status')}</th>
            <th scope="col">{t('fundsachen-liste:clerk.claims')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row">{item.number}</th>
              <td>{t(`fundbuero:fields.what.options.${item.category}`)}</td>
              <td>
                {item.description}
                <br />
                {item.place}
              </td>
              <td>{formatDate(item.foundOn)}</td>
              <td>{item.storageNumber}</td>
              <td>{t(`fundsachen-liste:clerk.statuses.${item.status}`)}</td>
              <td>
                {item.claims.length === 0 ? (
                  t('fundsachen-liste:clerk.noClaims')
                ) : (
                  <ul class="plain-list">
                    {item.claims.map((c) => (
                      <li key={c.id}>
                        <a href={`/sachbearbeitung/${c.id}`}>{c.reference ?? c.id}</a> <StatusTag state={c.status} />
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
