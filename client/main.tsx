/**
 * Entry of the citizen portal (webpack entry). A prerendered page (client/build/prerender/) is
 * already painted when this runs: the app waits for the texts and data that page shows, then
 * hydrates it without changing a pixel. Other pages render as soon as their texts are there.
 * RxDB, the service worker and the server's session check all start after that.
 */
import { hydrate, render } from 'preact';
import './styles/app.css';
import { App, isFormAddress, preloadPage } from './app/App';
import { routeTextNeed } from './app/route-texts';
import { formatEuro } from '../domain/catalogue/fee';
import { nextTask } from './app/next-task';
import { takeOverPrerenderedForms } from './app/prerendered-forms';
import { applyCityColours, CITY } from './city/city';
import { catalogue, loadCatalogue } from './catalogue/catalogue';
import { loadDepartments } from './departments/departments';
import { beforeLanguageSwitch, ensureLanguageTexts, initI18n, language } from './i18n/i18n';
import { INTL_LOCALES } from './i18n/languages';
import { loadNamespaces } from './i18n/namespace-texts';
import { pagePrefetchesAllTexts } from './i18n/text-prefetch';
import { whenFirstPainted } from './pwa/first-paint';
import { registerServiceWorker } from './pwa/register-service-worker';
import { currentUser, restoreSession } from './session/session';
import { sessionBeforeFirstRender } from './session/session-before-render';

initI18n();
beforeLanguageSwitch((lng) => loadNamespaces(routeTextNeed(location.pathname, lng), lng));

/** Resolves once the catalogue is there or failed (then the page shows its own loading state). */
function catalogueSettled(): Promise<void> {
  return catalogue.value ? Promise.resolve() : loadCatalogue();
}

/**
 * A remembered Turkish, Ukrainian or Arabic is painted in itself from the start: its chunk comes
 * from the service worker's precache in a few milliseconds. Should it fail (never fetched, now
 * offline), the page paints with the fallback texts and the language's texts follow later.
 */
async function start(root: HTMLElement): Promise<void> {
  // The bundle's evaluation was a task of its own; the start is the next.
  await nextTask();
  applyCityColours();
  const session = restoreSession();
  const path = location.pathname;
  const arrivedEmpty = root.firstElementChild === null;
  // Every request made before the first paint counts against it (a slow phone has few
  // connections): a question page shows no department name, so their list comes after it.
  const questionFirst = arrivedEmpty && isFormAddress(path);
  if (!questionFirst) void loadDepartments();
  // The header's emblem is asked for with the page's code and texts, not after the first render.
  if (arrivedEmpty && CITY.emblemHref) new Image().src = CITY.emblemHref;
  const lng = language.value;
  await Promise.all([
    ensureLanguageTexts(lng).catch(() => retryLanguageTexts()),
    // A service known to the build needs no catalogue to say which texts it shows (route-texts.ts).
    loadNamespaces(routeTextNeed(path, lng), lng).catch(() => undefined),
    catalogueSettled().then(() => loadNamespaces(routeTextNeed(path, lng), lng)).catch(() => undefined),
    preloadPage(path).catch(() => undefined),
    sessionBeforeFirstRender(root, session),
  ]);
  // The last of the waits above ends in the task that evaluated a chunk or parsed an answer;
  // hydrating is the next.
  await nextTask();
  // The page's first currency formatter loads the language's currency data: ~14 ms CPU here
  // (traced), ~55 ms on Lighthouse's phone, half of hydrating a service's start page. A page that
  // shows amounts gets it in a task of its own.
  if (root.textContent?.includes('€')) {
    formatEuro(0, INTL_LOCALES[lng]);
    await nextTask();
  }
  // Hydrate only what was prerendered in the language the app speaks, for nobody signed in (the
  // prerendered header is an anonymous visitor's; hydrating a signed-in header onto it would keep
  // its links' addresses); else render afresh. A session known by now (cached, or the server
  // answered during the waits above) counts.
  const prerendered = root.firstElementChild !== null && root.dataset.lang === lng && currentUser.value === null;
  delete root.dataset.lang;
  if (prerendered) {
    hydrate(<App />, root);
    takeOverPrerenderedForms(root);
  } else {
    render(<App />, root);
  }
  void whenFirstPainted().then(() => afterFirstPaint(questionFirst));
}

/** The rest of the citizen's texts in their language, for the next steps and for offline use. */
function afterFirstPaint(departmentsLeft: boolean): void {
  if (departmentsLeft) void loadDepartments();
  registerServiceWorker();
  const precachingWorker = process.env.NODE_ENV === 'production' && 'serviceWorker' in navigator;
  if (!pagePrefetchesAllTexts(language.value, precachingWorker)) return;
  const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
  idle(() => void loadNamespaces('citizen', language.value).catch(() => undefined));
}

const LANGUAGE_RETRY_MS = 3000;

function retryLanguageTexts(): void {
  const retry = () => void ensureLanguageTexts(language.value).catch(() => setTimeout(retry, LANGUAGE_RETRY_MS));
  window.addEventListener('online', retry, { once: true });
  setTimeout(retry, LANGUAGE_RETRY_MS);
}

const root = document.getElementById('app');
if (root) void start(root);
