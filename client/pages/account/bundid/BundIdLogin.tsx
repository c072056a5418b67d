import { BUNDID_ATTRIBUTES } from '../../../../domain/account/bundid-attributes';
import type { TrustLevel } from '../../../../domain/account/trust-level';
import { language, useT } from '../../../i18n/i18n';

/**
 * "Mit BundID anmelden" on the login page. It says which attributes the portal takes before the
 * person leaves for the provider (issue 13: the login states them; Art. 13 DSGVO: at collection).
 * Not a form: the CSP's form-action 'self' would stop it at the redirect to the provider.
 */
export function BundIdLogin({ weiter, niveau }: { weiter?: string; niveau?: TrustLevel }) {
  const t = useT();
  return (
    <section aria-labelledby="bundid-heading">
      <h2 id="bundid-heading">{t('bundid:heading')}</h2>
      <p>{t('bundid:intro')}</p>
      <p>{t('bundid:attributesIntro')}</p>
      <ul class="list list--bullet">
        {BUNDID_ATTRIBUTES.map((attribute) => (
          <li key={attribute}>{t(`bundid:attributes.${attribute}`)}</li>
        ))}
      </ul>
      <p>{t('bundid:attributesUse')}</p>
      <BundIdButton weiter={weiter} niveau={niveau} label={t('bundid:button')} />
    </section>
  );
}

/**
 * Starts a BundID login (at least at `niveau`), coming back to `weiter`. A link, so it works on a
 * prerendered login page before the app has run (a tap there on a button only the script works
 * was lost; bundid-prefill.spec once stayed on "Anmelden" so). The browser follows it as a whole
 * page: the click stops here, before the router, which would take a same-origin link for itself.
 */
export function BundIdButton({ weiter, niveau, label }: { weiter?: string; niveau?: TrustLevel; label: string }) {
  const query = new URLSearchParams({ ...(weiter ? { weiter } : {}), ...(niveau ? { niveau } : {}), lng: language.value });
  return (
    <p>
      <a class="button button--secondary" href={`/api/auth/bundid/start?${query}`} onClick={(event) => event.stopPropagation()}>
        {label}
      </a>
    </p>
  );
}
