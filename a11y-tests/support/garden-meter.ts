import { randomUUID } from 'node:crypto';
import type { ApiClient } from '../../server/test-support/api-client';
import { uploadFile } from '../../server/test-support/file-upload';
import { noisyPng } from '../../server/test-support/file-test-service';

/**
 * A complete Gartenwasserzähler request as a device pushes it, with its two photos really
 * uploaded through the files API (routing checks them). `state` says whether it is a draft or
 * already sent.
 */
export async function gardenMeterRequest(api: ApiClient, meterNumber: string, state: Record<string, unknown>) {
  const id = randomUUID();
  const photo = await uploadFile(api, noisyPng(32), { requestId: id, fieldId: 'meterPhoto', serviceId: 'gartenwasserzaehler', name: 'zaehler.png' });
  const certificate = await uploadFile(api, noisyPng(32), { requestId: id, fieldId: 'certificate', serviceId: 'gartenwasserzaehler', name: 'bescheinigung.png' });
  const now = new Date().toISOString();
  return {
    id,
    serviceId: 'gartenwasserzaehler',
    catalogueVersion: 1,
    answers: {
      meterNumber,
      installDate: { day: '2', month: '3', year: '2026' },
      initialReading: '12,5',
      installer: 'Sanitär Beispiel GmbH',
      street: 'Bonenstraße',
      houseNumber: '12',
      postcode: '59368',
      meterPhoto: [photo.id],
      certificate: [certificate.id],
    },
    createdAt: now,
    updatedAt: now,
    history: [],
    _deleted: false,
    ...state,
  };
}
