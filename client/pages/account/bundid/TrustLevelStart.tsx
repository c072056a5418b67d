import type { ServiceDefinition } from '../../../../domain/catalogue/service-definition';
import { trustLevelShortfall } from '../../../../domain/account/service-trust';
import type { User } from '../../../session/user';
import { useT } from '../../../i18n/i18n';
import { TrustLevelNotice } from './TrustLevelNotice';

/**
 * A service's trust level on its start page, before anyone starts (issue 13): the level is said
 * to every visitor (the prerendered page too); a citizen whose login is below it gets the notice
 * with the BundID login that reaches it instead.
 */
export function TrustLevelStart({ service, user, back }: { service: ServiceDefinition; user: User | null; back: string }) {
  const t = useT();
  if (!service.trustLevel) return null;
  if (user?.role === 'citizen' && trustLevelShortfall(service, user.login?.trustLevel)) return <TrustLevelNotice service={service} user={user} back={back} />;
  const level = (l: string) => t(`bundid:levels.${l}`);
  return (
    <section aria-labelledby="start-trust-title">
      <h2 class="heading-m" id="start-trust-title">
        {t('bundid:trustRequired.startTitle')}
      </h2>
      <p>{t('bundid:trustRequired.body', { level: level(service.trustLevel) })}</p>
      {user?.login ? <p>{t('bundid:trustRequired.current', { level: level(user.login.trustLevel) })}</p> : null}
    </section>
  );
}
