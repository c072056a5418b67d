/**
 * Entry of the citizen portal (webpack entry). Paints the app at once with texts bundled in;
 * RxDB, the service worker and the server's session check all start after that first paint.
 */
import { render } from 'preact';
import './styles/app.css';
import { App } from './app/App';
import { loadCatalogue } from './catalogue/catalogue';
import { loadDepartments } from './departments/departments';
import { loadFeatureTexts } from './i18n/feature-texts';
import { initI18n } from './i18n/i18n';
import { registerServiceWorker } from './pwa/register-service-worker';
import { restoreSession } from './session/session';

initI18n();
void loadFeatureTexts();

const root = document.getElementById('app');
if (root) {
  void restoreSession();
  void loadCatalogue();
  void loadDepartments();
  render(<App />, root);
  requestAnimationFrame(() => setTimeout(registerServiceWorker, 0));
}
