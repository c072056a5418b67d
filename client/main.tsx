/**
 * Entry of the citizen portal (webpack entry). Paints the app at once with texts bundled in;
 * RxDB, the service worker and the server's session check all start after that first paint.
 */
import { render } from 'preact';
import './styles/app.css';
import { App } from './app/App';
import { applyCityColours } from './city/city';
import { loadCatalogue } from './catalogue/catalogue';
import { loadDepartments } from './departments/departments';
import { loadFeatureTexts } from './i18n/feature-texts';
import { ensureLanguageTexts, initI18n, language } from './i18n/i18n';
import { registerServiceWorker } from './pwa/register-service-worker';
import { restoreSession } from './session/session';

initI18n();
void loadFeatureTexts();

/**
 * A remembered Turkish, Ukrainian or Arabic is painted in itself from the start: its chunk comes
 * from the service worker's precache in a few milliseconds. Should it fail (never fetched, now
 * offline), the page paints with the fallback texts and the language's texts follow later.
 */
async function start(root: HTMLElement): Promise<void> {
  applyCityColours();
  void restoreSession();
  void loadCatalogue();
  void loadDepartments();
  await ensureLanguageTexts(language.value).catch(() => retryLanguageTexts());
  render(<App />, root);
  requestAnimationFrame(() => setTimeout(registerServiceWorker, 0));
}

const LANGUAGE_RETRY_MS = 3000;

function retryLanguageTexts(): void {
  const retry = () => void ensureLanguageTexts(language.value).catch(() => setTimeout(retry, LANGUAGE_RETRY_MS));
  window.addEventListener('online', retry, { once: true });
  setTimeout(retry, LANGUAGE_RETRY_MS);
}

const root = document.getElementById('app');
if (root) void start(root);
