import { randomUUID } from 'node:crypto';
import { expect, type Page } from '@playwright/test';
import { ApiClient, sperrmuellDraft } from '../../server/test-support/api-client';
import { gardenMeterRequest } from './garden-meter';
import { registerByApi } from './citizen';

const PASSWORD = 'sicheres passwort 2026';

/** A new citizen signed in in the page's own cookie jar, and an API client with the same login. */
export async function payingCitizen(page: Page, baseURL: string, name: string): Promise<ApiClient> {
  const email = `pay-${randomUUID().slice(0, 8)}@example.org`;
  // No page load first: the page's request context shares its cookie jar, so the next page the
  // test opens is already signed in (a load of '/' here cost a full start of the app for nothing).
  expect((await registerByApi(page.request, { data: { email, password: PASSWORD, name } })).status()).toBe(200);
  const api = new ApiClient(baseURL);
  expect((await api.login(email, PASSWORD)).status).toBe(200);
  return api;
}

/** A complete Sperrmüllkarte draft on the server, so the browser opens it on its check page. */
export async function sperrmuellDraftFor(api: ApiClient): Promise<string> {
  const draft = sperrmuellDraft({ currentPage: 'pruefen' });
  expect((await api.push([{ assumedMasterState: null, newDocumentState: draft }])).status).toBe(200);
  return draft.id;
}

/** A complete Gartenwasserzähler draft with its two photos uploaded (routing checks them). */
export async function gardenMeterDraftFor(api: ApiClient): Promise<string> {
  const draft = await gardenMeterRequest(api, 'GWZ-2026-42', { currentPage: 'pruefen', status: 'draft' });
  expect((await api.push([{ assumedMasterState: null, newDocumentState: draft as never }])).status).toBe(200);
  return draft.id;
}
