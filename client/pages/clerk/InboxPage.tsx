import { useLocation } from 'preact-iso';
import { useState } from 'preact/hooks';
import { ApiRequestError } from '../../api/api-client';
import { usePageTitle } from '../../app/page-title';
import { ErrorSummary } from '../../components/ErrorSummary/ErrorSummary';
import { PageHeading } from '../../components/PageHeading/PageHeading';
import { useT } from '../../i18n/i18n';
import { currentUser } from '../../session/session';
import { fetchInbox, type InboxPage as InboxData } from './clerk-api';
import { InboxFilters } from './InboxFilters';
import { InboxTable } from './InboxTable';
import { BulkActions } from './BulkActions';
import { SavedFilters } from './SavedFilters';
import { readView, toggleSort, viewQuery, type InboxView } from './inbox-query';
import { useRefresh } from './use-refresh';
import './clerk.css';

const REFRESH_MS = 5000;
const COUNTED = ['received', 'in_progress', 'needs_info', 'completed', 'rejected', 'withdrawn'] as const;

/**
 * The department's inbox: filters, counts per status, a sortable table, pages and CSV export of
 * the same view. It refreshes quietly; no live region, which would read the whole table out
 * every five seconds.
 */
export function InboxPage({ query }: { query: Record<string, string> }) {
  const t = useT();
  const { route } = useLocation();
  const view = readView(query ?? {});
  const search = viewQuery(view);
  const [data, setData] = useState<{ search: string; page: InboxData } | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [focusToken, setFocusToken] = useState(0);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [reloadToken, setReloadToken] = useState(0);
  const user = currentUser.value;
  const department = user?.department;
  usePageTitle(t('clerk:inbox.title'), Object.keys(errors).length > 0);

  useRefresh(async () => {
    try {
      setData({ search, page: await fetchInbox(search) });
      setFailed(false);
      setErrors({});
    } catch (error) {
      if (error instanceof ApiRequestError && error.status === 400) {
        const problems = Object.fromEntries((error.body.problems ?? []).map((p) => [p.field ?? 'q', p.message ?? error.body.message]));
        setErrors((old) => {
          if (JSON.stringify(old) !== JSON.stringify(problems)) setFocusToken((n) => n + 1);
          return problems;
        });
        setData(undefined);
      } else setFailed(true);
    }
  }, REFRESH_MS, `${search}#${reloadToken}`);

  const go = (next: InboxView) => route(`/sachbearbeitung${viewQuery(next) ? `?${viewQuery(next)}` : ''}`);
  const page = data?.search === search ? data.page : undefined;
  const pageHref = (n: number) => {
    const q = viewQuery({ ...view, page: n });
    return `/sachbearbeitung${q ? `?${q}` : ''}`;
  };
  return (
    <>
      <ErrorSummary focusToken={focusToken} errors={Object.entries(errors).map(([field, text]) => ({ href: `#filter-${field}`, text }))} />
      <PageHeading>{t('clerk:inbox.title')}</PageHeading>
      {department === 'fundbuero' ? (
        <p>
          <a href="/sachbearbeitung/fundsachen">{t('fundsachen:clerkLink')}</a>
        </p>
      ) : null}
      <p class="inbox-links">
        {user?.role === 'lead' ? <a href="/sachbearbeitung/protokoll">{t('clerk:audit.link')}</a> : null}{' '}
        <a href="/sachbearbeitung/textvorlagen">{t('clerk-workday:templates.link')}</a>
      </p>
      {page ? (
        <ul class="status-counts" aria-label={t('clerk:inbox.countsLabel')}>
          {COUNTED.map((s) => (
            <li key={s}>
              <a href={`/sachbearbeitung?status=${s}`} aria-current={view.status === s ? 'true' : undefined}>
                {t(`common:statuses.${s}`)}: <strong>{page.counts[s] ?? 0}</strong>
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <ul class="status-counts" aria-label={t('clerk-workday:quickLabel')}>
        {(['me', 'none'] as const).map((a) => (
          <li key={a}>
            <a href={`/sachbearbeitung?assignee=${a}`} aria-current={viewQuery(view) === `assignee=${a}` ? 'true' : undefined}>
              {t(`clerk-workday:assignee.${a}`)}
            </a>
          </li>
        ))}
        <li>
          <a href="/sachbearbeitung?followUp=due" id="filter-follow-up-due" aria-current={viewQuery(view) === 'followUp=due' ? 'true' : undefined}>
            {t('clerk-workday:followUp.filter')}
          </a>
        </li>
      </ul>
      <InboxFilters key={search} view={view} errors={errors} onApply={go} />
      <SavedFilters view={view} />
      {page && page.total !== null ? (
        <p id="inbox-total">
          {t('clerk-workday:total', { count: page.total })}
        </p>
      ) : page?.totalMoreThan !== undefined ? (
        <p id="inbox-total">
          {t('clerk-workday:totalMoreThan', { count: page.totalMoreThan })}
        </p>
      ) : null}
      {failed ? <p class="inset-text">{t('clerk:inbox.failed')}</p> : null}
      {!page ? (
        failed || Object.keys(errors).length ? null : <p class="loading">{t('common:loading')}</p>
      ) : page.requests.length === 0 ? (
        <p>{search ? t('clerk:inbox.noMatches') : t('clerk:inbox.empty')}</p>
      ) : (
        <>
          <BulkActions
            selected={selected}
            cases={page.requests}
            onDone={() => {
              setSelected(new Set());
              setReloadToken((n) => n + 1);
            }}
          />
          <InboxTable
            cases={page.requests}
            view={view}
            caption={t('clerk:inbox.caption', { department: department ? t(`departments:${department}`) : '' })}
            onSort={(column) => go(toggleSort(view, column))}
            selected={selected}
            onSelect={(id, checked) =>
              setSelected((old) => {
                const next = new Set(old);
                if (checked) next.add(id);
                else next.delete(id);
                return next;
              })
            }
          />
          <nav class="pagination" aria-label={t('clerk:inbox.pagination')}>
            {view.page > 1 ? (
              <a href={pageHref(view.page - 1)} rel="prev">
                {t('clerk:inbox.previous')}
              </a>
            ) : null}
            <span>
              {page.total !== null
                ? t('clerk-workday:pageOfPages', { page: view.page, pages: Math.max(1, Math.ceil(page.total / page.pageSize)) })
                : t('clerk:inbox.pageOf', { page: view.page })}
            </span>
            {page.hasNext ? (
              <a href={pageHref(view.page + 1)} rel="next">
                {t('clerk:inbox.next')}
              </a>
            ) : null}
          </nav>
          <p>
            <a href={`/api/clerk/requests.csv${search ? `?${search}` : ''}`} download>
              {t('clerk:inbox.csv')}
            </a>
          </p>
        </>
      )}
    </>
  );
}
