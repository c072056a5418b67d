import { BUNDID_ATTRIBUTES } from '../../../../domain/account/identity';
import type { TrustLevel } from '../../../../domain/account/trust-level';
import { language, useT } from '../../../i18n/i18n';

/**
 * "Mit BundID anmelden" on the login page. It says which attributes the portal takes before the
 * person leaves for the provider (issue 13: the login states them; Art. 13 DSGVO: at collection).
 * A GET form, not a link: the login leaves the app for the provider's pages, and the router
 * takes over every same-origin link click, while a form submission stays a real page load.
 */
export function BundIdLogin({ weiter, niveau }: { weiter?: string; niveau?: TrustLevel }) {
  const t = useT();
  return (
    <section aria-labelledby="bundid-heading">
      <h2 id="bundid-heading">{t('account:bundid.heading')}</h2>
      <p>{t('account:bundid.intro')}</p>
      <p>{t('account:bundid.attributesIntro')}</p>
      <ul class="list list--bullet">
        {BUNDID_ATTRIBUTES.map((attribute) => (
          <li key={attribute}>{t(`account:bundid.attributes.${attribute}`)}</li>
        ))}
      </ul>
      <p>{t('account:bundid.attributesUse')}</p>
      <BundIdButton weiter={weiter} niveau={niveau} label={t('account:bundid.button')} />
    </section>
  );
}

/** Starts a BundID login (at least at `niveau`), coming back to `weiter`. */
export function BundIdButton({ weiter, niveau, label }: { weiter?: string; niveau?: TrustLevel; label: string }) {
  return (
    <form method="get" action="/api/auth/bundid/start">
      {weiter ? <input type="hidden" name="weiter" value={weiter} /> : null}
      {niveau ? <input type="hidden" name="niveau" value={niveau} /> : null}
      <input type="hidden" name="lng" value={language.value} />
      <button type="submit" class="button button--secondary">
        {label}
      </button>
    </form>
  );
}
