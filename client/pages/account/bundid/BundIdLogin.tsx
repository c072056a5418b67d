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
 * Goes to `href` as a whole page. Not left to the browser: hydrating a prerendered page keeps the
 * prerendered attributes, and the HTML for `/anmelden` was made without the address's `?weiter=`,
 * so the link's own href would forget where the citizen came from (bundid-login.spec: a login
 * started on a service's start page came back to "Meine Anträge"). Stopped before the router,
 * which would take a same-origin link for itself.
 */
function followNow(event: MouseEvent, href: string): void {
  event.stopPropagation();
  event.preventDefault();
  location.assign(href);
}

/**
 * Starts a BundID login (at least at `niveau`), coming back to `weiter`. A link, so it works on a
 * prerendered login page before the app has run (a tap there on a button only the script works
 * was lost; bundid-prefill.spec once stayed on "Anmelden" so); once the app runs, followNow.
 */
export function BundIdButton({ weiter, niveau, label }: { weiter?: string; niveau?: TrustLevel; label: string }) {
  const query = new URLSearchParams({ ...(weiter ? { weiter } : {}), ...(niveau ? { niveau } : {}), lng: language.value });
  const start = `/api/auth/bundid/start?${query}`;
  return (
    <p>
      <a class="button button--secondary" href={start} onClick={(event) => followNow(event, start)}>
        {label}
      </a>
    </p>
  );
}
