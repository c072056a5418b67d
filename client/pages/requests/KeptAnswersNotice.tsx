import { useLocation } from 'preact-iso';
import { useService } from '../../catalogue/catalogue';
import { useRef } from 'preact/hooks';
import type { RequestDoc } from '../../../domain/request/request-document';
import { NotificationBanner } from '../../components/NotificationBanner/NotificationBanner';
import { adoptKeptAnswers } from '../../data/request-store';
import { useT } from '../../i18n/i18n';
import { checkPath } from '../service/service-paths';

/**
 * Answers this device had typed that lost against a newer state on the server (e.g. the request
 * was sent from another device meanwhile). Nothing typed is dropped silently: the citizen can
 * copy them into a new draft.
 */
export function KeptAnswersNotice({ doc }: { doc: RequestDoc }) {
  const t = useT();
  const { route } = useLocation();
  const busy = useRef(false);
  const service = (useService(doc.serviceId, doc.catalogueVersion) ?? undefined);
  // An empty set (kept by older versions after a lost reply) holds nothing to offer.
  if (!doc.keptAnswers || Object.keys(doc.keptAnswers).length === 0 || !service) return null;
  const adopt = async () => {
    if (busy.current) return;
    busy.current = true;
    try {
      const draft = await adoptKeptAnswers(doc.id, service);
      if (draft) route(checkPath(service.id, draft.id));
    } finally {
      busy.current = false;
    }
  };
  return (
    <NotificationBanner id={`kept-${doc.id}`} title={t('requests:kept.title')}>
      <p>{t('requests:kept.text')}</p>
      <button type="button" class="button button--secondary" onClick={adopt}>
        {t('requests:kept.action')}
      </button>
    </NotificationBanner>
  );
}
