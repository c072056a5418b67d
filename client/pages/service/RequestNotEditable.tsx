import type { ServiceDefinition } from '../../../domain/catalogue/service-definition';
import { titleOf } from '../../catalogue/catalogue';
import type { RequestDoc } from '../../../domain/request/request-document';
import { usePageTitle } from '../../app/page-title';
import { PageHeading } from '../../components/PageHeading/PageHeading';
import { useT } from '../../i18n/i18n';

/** A form page opened for a request that was already sent (e.g. an old bookmark, another device). */
export function RequestNotEditable({ service, doc }: { service: ServiceDefinition; doc: RequestDoc }) {
  const t = useT();
  const title = t('requests:notEditable.title');
  usePageTitle(title);
  return (
    <>
      <span class="caption">{titleOf(service)}</span>
      <PageHeading>{title}</PageHeading>
      <p>{t('requests:notEditable.text')}</p>
      <p>
        <a href={`/antraege/${doc.id}`}>{t('requests:notEditable.link')}</a>
      </p>
    </>
  );
}
