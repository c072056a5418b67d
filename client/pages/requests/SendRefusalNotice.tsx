import type { RequestDoc } from '../../../domain/request/request-document';
import { trustLevelShortfall } from '../../../domain/account/service-trust';
import { sendRefusalOf } from '../../../domain/sync/send-refusal';
import { useService } from '../../catalogue/catalogue';
import { currentUser } from '../../session/session';
import { useT } from '../../i18n/i18n';
import { TrustLevelWay } from '../account/bundid/TrustLevelNotice';
import { checkPath } from '../service/service-paths';

/**
 * A sending the server did not take (domain/sync/send-refusal.ts): the request is a draft again,
 * and this says why and what to do — in the list and on the request. Below the trust level it
 * uses the words of TrustLevelNotice and offers the BundID login at the level, coming back here.
 */
export function SendRefusalNotice({ doc, heading: Heading = 'h2' }: { doc: RequestDoc; heading?: 'h2' | 'h4' }) {
  const t = useT();
  const service = useService(doc.serviceId) ?? undefined;
  const refusal = sendRefusalOf(doc);
  if (!refusal) return null;
  const user = currentUser.value;
  const level = (l: string) => t(`bundid:levels.${l}`);
  const needed = refusal.code === 'trustLevel' && service ? trustLevelShortfall(service, user?.login?.trustLevel) : undefined;
  const titleId = `not-sent-${doc.id}`;
  return (
    <div class="inset-text" role="note" aria-labelledby={titleId}>
      <Heading class="heading-s" id={titleId}>
        {t('requests:notSent.title')}
      </Heading>
      <p>{t('requests:notSent.kept')}</p>
      {refusal.code === 'emailUnconfirmed' ? <p>{t('requests:notSent.emailUnconfirmed')}</p> : null}
      {refusal.code === 'trustLevel' ? (
        <>
          <p>{t('requests:notSent.trustLevel', { level: level(refusal.params.level ?? 'substantiell') })}</p>
          <p>{t('bundid:trustRequired.body', { level: level(refusal.params.level ?? 'substantiell') })}</p>
          {needed ? (
            <TrustLevelWay user={user} needed={needed} back={`/antraege/${doc.id}`} />
          ) : (
            <p>
              {t('requests:notSent.sendAgain')} <a href={checkPath(doc.serviceId, doc.id)}>{t('requests:notSent.sendAgainLink')}</a>
            </p>
          )}
        </>
      ) : null}
    </div>
  );
}
