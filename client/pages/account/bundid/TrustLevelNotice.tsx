import type { ServiceDefinition } from '../../../../domain/catalogue/service-definition';
import { trustLevelShortfall } from '../../../../domain/account/service-trust';
import type { TrustLevel } from '../../../../domain/account/trust-level';
import type { User } from '../../../session/user';
import { useT } from '../../../i18n/i18n';
import { BundIdButton } from './BundIdLogin';

/**
 * Said on a service's start page when this login is below the service's trust level (issue 13:
 * "a citizen below it is told how to reach it"): which level is needed, which this login has, and
 * a BundID login at that level that comes back here. The server refuses the sending anyway.
 */
export function TrustLevelNotice({ service, user, back }: { service: ServiceDefinition; user: User; back: string }) {
  const t = useT();
  const needed = trustLevelShortfall(service, user.login?.trustLevel);
  if (!needed) return null;
  const level = (l: string) => t(`bundid:levels.${l}`);
  return (
    <div class="inset-text" role="note" aria-labelledby="trust-level-title">
      <h2 class="heading-m" id="trust-level-title">
        {t('bundid:trustRequired.title')}
      </h2>
      <p>{t('bundid:trustRequired.body', { level: level(needed) })}</p>
      <TrustLevelWay user={user} needed={needed} back={back} />
    </div>
  );
}

/** The way to a trust level: which level this login has, and a BundID login at the needed one that comes back to `back`. */
export function TrustLevelWay({ user, needed, back }: { user: User | null; needed: TrustLevel; back: string }) {
  const t = useT();
  const level = (l: string) => t(`bundid:levels.${l}`);
  return (
    <>
      <p>{user?.login ? t('bundid:trustRequired.current', { level: level(user.login.trustLevel) }) : t('bundid:trustRequired.none')}</p>
      <BundIdButton weiter={back} niveau={needed} label={t('bundid:trustRequired.action', { level: level(needed) })} />
    </>
  );
}
