import type { ComponentChildren } from 'preact';
import { useLocation } from 'preact-iso';
import { Loading } from '../components/Loading/Loading';
import { featureTextsLoaded } from '../i18n/feature-texts';

/**
 * Pages wait for the lazy texts (a few milliseconds, from the precache when offline) so nobody
 * ever sees a raw text key. The start page needs only the core texts and never waits.
 */
export function TextsGate({ children }: { children: ComponentChildren }) {
  const { path } = useLocation();
  if (!featureTextsLoaded.value && path !== '/') return <Loading />;
  return <>{children}</>;
}
