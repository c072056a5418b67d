import type { FormService } from '../../../domain/catalogue/service-definition';
import { visiblePages } from '../../../domain/validation/validate-answers';
import { usePageTitle } from '../../app/page-title';
import { titleOf } from '../../catalogue/catalogue';
import { BackLink } from '../../components/BackLink/BackLink';
import { headingKey } from '../../components/Field/page-layout';
import { Loading } from '../../components/Loading/Loading';
import { PageHeading } from '../../components/PageHeading/PageHeading';
import { useRequest } from '../../data/use-requests';
import { useT } from '../../i18n/i18n';
import { NotFoundPage } from '../NotFoundPage';
import { RequestNotEditable } from './RequestNotEditable';
import { checkPath, formPagePath, servicePath } from './service-paths';
import { taskStatus, type TaskStatus } from './task-status';

const TAG_COLOUR: Record<TaskStatus, string> = { done: 'green', notStarted: 'grey', optional: 'grey', incomplete: 'red' };

/**
 * GOV.UK "complete multiple tasks": for longer forms, every section with its status, in any
 * order; "check and send" once nothing required is missing.
 */
export function TaskListPage({ service, requestId }: { service: FormService; requestId: string }) {
  const t = useT();
  const doc = useRequest(requestId);
  const showsOtherPage = doc === null || (doc !== undefined && doc.status !== 'draft');
  usePageTitle(showsOtherPage ? null : t('common:taskList.title'));
  if (doc === null) return <NotFoundPage />;
  if (!doc) return <Loading />;
  if (doc.status !== 'draft') return <RequestNotEditable service={service} doc={doc} />;

  const pages = visiblePages(service, doc.answers);
  const rows = pages.map((page) => ({ page, status: taskStatus(service, page, doc.answers) }));
  const done = rows.filter((r) => r.status === 'done').length;
  const ready = rows.every((r) => r.status === 'done' || r.status === 'optional');
  return (
    <>
      <BackLink href={servicePath(service.id)} />
      <span class="caption">{titleOf(service)}</span>
      <PageHeading>{t('common:taskList.title')}</PageHeading>
      <p>{t('common:taskList.lead')}</p>
      <p>{t('common:taskList.progress', { done, total: rows.length })}</p>
      <ul class="task-list">
        {rows.map(({ page, status }) => (
          <li class="task-list__item" key={page.id}>
            <a class="task-list__link" href={formPagePath(service.id, requestId, page.id)} aria-describedby={`task-${page.id}-status`}>
              {t(headingKey(service, page))}
            </a>
            <strong class={`tag tag--${TAG_COLOUR[status]}`} id={`task-${page.id}-status`}>
              {t(`common:taskList.${status}`)}
            </strong>
          </li>
        ))}
      </ul>
      {ready ? (
        <p>
          <a class="button" href={checkPath(service.id, requestId)}>
            {t('common:taskList.check')}
          </a>
        </p>
      ) : (
        <p class="inset-text">{t('common:taskList.notReady')}</p>
      )}
    </>
  );
}
