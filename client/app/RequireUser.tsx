import type { ComponentChildren } from 'preact';
import { useLocation } from 'preact-iso';
import { useEffect } from 'preact/hooks';
import { PageHeading } from '../components/PageHeading/PageHeading';
import { useT } from '../i18n/i18n';
import { Loading } from '../components/Loading/Loading';
import { currentUser, sessionChecked } from '../session/session';
import type { User } from '../session/user';
import { usePageTitle } from './page-title';

function loginPath(url: string): string {
  return `/anmelden?weiter=${encodeURIComponent(url)}`;
}

function Forbidden() {
  const t = useT();
  usePageTitle(t('common:forbidden.title'));
  return (
    <>
      <PageHeading>{t('common:forbidden.title')}</PageHeading>
      <p>{t('common:forbidden.text')}</p>
      <p>
        <a href="/">{t('common:forbidden.home')}</a>
      </p>
    </>
  );
}

/**
 * Pages for signed-in people. Without a user: off to the login page, which brings them back
 * here afterwards. With the wrong role: a plain "not for you" page.
 */
export function RequireUser({ role, children }: { role: User['role'] | readonly User['role'][]; children: ComponentChildren }) {
  const { url, route } = useLocation();
  const user = currentUser.value;
  const checked = sessionChecked.value;
  useEffect(() => {
    if (!user && checked) route(loginPath(url), true);
  }, [user, checked, url]);
  if (!user) return checked ? null : <Loading />;
  if (typeof role === 'string' ? user.role !== role : !role.includes(user.role)) return <Forbidden />;
  return <>{children}</>;
}
