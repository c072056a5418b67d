import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { Loading } from '../components/Loading/Loading';
import { focusHeadingAfterNavigation } from '../components/PageHeading/focus-heading';
import { language } from '../i18n/i18n';
import { loadNamespaces, namespacesReady } from '../i18n/namespace-texts';
import { routeTextNeed } from './route-texts';

/**
 * A page waits for the namespaces it shows (a few milliseconds, from the precache when offline),
 * so nobody ever sees a raw text key; it never waits for any other page's texts. main.tsx loads
 * them before the first render, so a prerendered page is hydrated without passing through here.
 *
 * While it waits, the router is not mounted; the router it mounts afterwards takes the path as
 * its first and fires no route change. So a navigation that had to wait here asks for the
 * heading's focus itself, once the page is drawn with its texts (else focus stays on <body>).
 */
export function TextsGate({ children }: { children: ComponentChildren }) {
  const { path } = useLocation();
  const need = routeTextNeed(path, language.value);
  const ready = namespacesReady(need, language.value);
  const shownPath = useRef<string | null>(null);
  const navigationWaited = useRef(false);
  if (!ready && shownPath.current !== null && shownPath.current !== path) navigationWaited.current = true;

  useLayoutEffect(() => {
    if (!ready) return;
    shownPath.current = path;
    if (!navigationWaited.current) return;
    navigationWaited.current = false;
    focusHeadingAfterNavigation();
  });

  if (!ready) {
    // A failed fetch (offline on a first visit) is tried again on the next render.
    loadNamespaces(need, language.value).catch(() => undefined);
    return <Loading />;
  }
  return <>{children}</>;
}
