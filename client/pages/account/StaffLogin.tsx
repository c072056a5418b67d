import { useEffect, useState } from 'preact/hooks';
import type { ResponseOf } from '../../../domain/api';
import { apiFetch } from '../../api/api-client';
import { language, useT } from '../../i18n/i18n';

/**
 * "Mit dem Dienstkonto der Stadt anmelden": shown only where the city has set up its own staff
 * provider (STAFF_OIDC_ISSUER); otherwise staff sign in with the password above. A button that
 * loads the start address as a whole page, as the BundID one does (the router would take a link).
 */
export function StaffLogin() {
  const t = useT();
  const [available, setAvailable] = useState(false);
  useEffect(() => {
    apiFetch<ResponseOf<'auth.staffLogin.available'>>('/api/auth/staff-login')
      .then((answer) => setAvailable(answer.available))
      .catch(() => setAvailable(false));
  }, []);
  if (!available) return null;
  return (
    <section aria-labelledby="staff-login-heading">
      <h2 id="staff-login-heading">{t('account:staffLogin.heading')}</h2>
      <p>
        <button type="button" class="button button--secondary" id="staff-login" onClick={() => location.assign(`/api/auth/staff-login/start?lng=${encodeURIComponent(language.value)}`)}>
          {t('account:staffLogin.button')}
        </button>
      </p>
    </section>
  );
}
