import { randomUUID } from 'node:crypto';
import { expect, type Page } from '@playwright/test';
import { ApiClient, sperrmuellDraft } from '../../server/test-support/api-client';
import { uploadFile } from '../../server/test-support/file-upload';
import { noisyPng } from '../../server/test-support/file-test-service';

const PASSWORD = 'sicheres passwort 2026';

/** A new citizen signed in in the page's own cookie jar, and an API client with the same login. */
export async function payingCitizen(page: Page, baseURL: string, name: string): Promise<ApiClient> {
  const email = `pay-${randomUUID().slice(0, 8)}@example.org`;
  await page.goto('/');
  expect((await page.request.post('/api/auth/register', { data: { email, password: PASSWORD, name } })).status()).toBe(201);
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
  const id = randomUUID();
  const photo = await uploadFile(api, noisyPng(32), { requestId: id, fieldId: 'meterPhoto', serviceId: 'gartenwasserzaehler', name: 'zaehler.png' });
  const certificate = await uploadFile(api, noisyPng(32), { requestId: id, fieldId: 'certificate', serviceId: 'gartenwasserzaehler', name: 'bescheinigung.png' });
  const now = new Date().toISOString();
  const draft = {
    id,
    serviceId: 'gartenwasserzaehler',
    catalogueVersion: 1,
    answers: {
      meterNumber: 'GWZ-2026-42',
      installDate: { day: '2', month: '3', year: '2026' },
      initialReading: '12,5',
      installer: 'Sanitär Beispiel GmbH',
      street: 'Bonenstraße',
      houseNumber: '12',
      postcode: '59368',
      meterPhoto: [photo.id],
      certificate: [certificate.id],
    },
    currentPage: 'pruefen',
    status: 'draft' as const,
    createdAt: now,
    updatedAt: now,
    history: [],
    _deleted: false,
  };
  expect((await api.push([{ assumedMasterState: null, newDocumentState: draft }])).status).toBe(200);
  return id;
}
