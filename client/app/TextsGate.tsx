import type { ComponentChildren } from 'preact';
import { useLocation } from 'preact-iso';
import { Loading } from '../components/Loading/Loading';
import { language } from '../i18n/i18n';
import { loadNamespaces, namespacesReady } from '../i18n/namespace-texts';
import { routeTextNeed } from './route-texts';

/**
 * A page waits for the namespaces it shows (a few milliseconds, from the precache when offline),
 * so nobody ever sees a raw text key; it never waits for any other page's texts. main.tsx loads
 * them before the first render, so a prerendered page is hydrated without passing through here.
 */
export function TextsGate({ children }: { children: ComponentChildren }) {
  const { path } = useLocation();
  const need = routeTextNeed(path, language.value);
  if (!namespacesReady(need, language.value)) {
    // A failed fetch (offline on a first visit) is tried again on the next render.
    loadNamespaces(need, language.value).catch(() => undefined);
    return <Loading />;
  }
  return <>{children}</>;
}
