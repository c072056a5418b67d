import { randomUUID } from 'node:crypto';
import { PNG } from 'pngjs';
import { catalogueEntries, type CatalogueEntry, type FormService } from '../../domain/catalogue';
import type { RequestDoc } from '../../domain/request/request-document';
import type { SyncedDoc } from '../../domain/sync/sync-protocol';

/**
 * A service that exists only in tests: one photo question, routed to Abfallwirtschaft. Lets the
 * file tests run whatever services the real catalogue has at the moment.
 */
export const FILE_TEST_SERVICE: FormService = {
  id: 'dateitest',
  version: 1,
  kind: 'form',
  topic: 'stadt',
  title: { de: 'Dateitest', en: 'File test', 'de-x-easy': 'Datei·test' },
  summary: { de: 'Nur für Tests.', en: 'Tests only.', 'de-x-easy': 'Nur für Tests.' },
  namespace: 'files',
  referencePrefix: 'TST',
  routing: { kind: 'department', department: 'abfall' },
  fee: { kind: 'free' },
  retentionDays: 30,
  privacy: { basis: 'e', law: '§ 3 DSG NRW', recipients: [] },
  pages: [{ id: 'fotos', fields: ['photos'] }],
  fields: {
    photos: {
      type: 'file',
      required: true,
      maxFiles: 3,
      accept: ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'application/pdf'],
      maxBytes: 1_000_000,
    },
  },
};

/** Adds the test service to the catalogue of this process (the portal under test runs in it). */
export function registerFileTestService(): () => void {
  const entries = catalogueEntries() as CatalogueEntry[];
  if (!entries.includes(FILE_TEST_SERVICE)) entries.push(FILE_TEST_SERVICE);
  return () => {
    const at = entries.indexOf(FILE_TEST_SERVICE);
    if (at >= 0) entries.splice(at, 1);
  };
}

/** A real PNG of random pixels (does not compress): about `side² × 4` bytes. */
export function noisyPng(side: number): Buffer {
  const png = new PNG({ width: side, height: side });
  for (let i = 0; i < png.data.length; i++) png.data[i] = Math.floor(Math.random() * 256);
  return PNG.sync.write(png);
}

export function fileDraft(answers: RequestDoc['answers'], overrides: Partial<RequestDoc> = {}): SyncedDoc<RequestDoc> {
  const now = new Date().toISOString();
  return {
    id: randomUUID(),
    serviceId: FILE_TEST_SERVICE.id,
    catalogueVersion: 1,
    answers,
    status: 'draft',
    createdAt: now,
    updatedAt: now,
    history: [],
    _deleted: false,
    ...overrides,
  };
}
