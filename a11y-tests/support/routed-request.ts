import type { Page } from '@playwright/test';
import { ApiClient } from '../../server/test-support/api-client';
import { E2E_PORT } from '../playwright.config';

/** A citizen sends a Sperrmüllkarte through the API; returns its id and reference once routed. */
export async function routedRequest(street: string, name = 'Karla Tastatur'): Promise<{ id: string; reference: string; citizen: ApiClient }> {
  const citizen = new ApiClient(`http://127.0.0.1:${E2E_PORT}`);
  await citizen.register(name);
  const id = await citizen.sendRouted({ street });
  const routed = await citizen.current(id);
  return { id, reference: routed!.reference!, citizen };
}

/** Signs the browser in as the citizen the API client holds (shares its session cookie). */
export async function browseAs(page: Page, citizen: ApiClient): Promise<void> {
  const [name, value] = citizen.cookieHeader.split('=');
  await page.context().addCookies([{ name, value, domain: '127.0.0.1', path: '/' }]);
}
