import { afterEach, describe, expect, it } from 'vitest';
import { createRxDatabase, type RxCollection, type RxDatabase, type RxJsonSchema } from 'rxdb/plugins/core';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { REQUEST_SCHEMA, type RequestDoc } from '../../domain/request/request-document';
import { isOlderRequestState } from '../../domain/sync/older-request-state';
import { keepNewerRequests } from './keep-newer-requests';

const chosen: RequestDoc = {
  id: '5d0c1f2e-3a4b-4c5d-8e6f-0a1b2c3d4e5f',
  serviceId: 'barriere-melden',
  catalogueVersion: 1,
  answers: { kind: 'barriere' },
  currentPage: 'ort',
  status: 'draft',
  createdAt: '2026-12-07T10:00:00.000Z',
  updatedAt: '2026-12-07T10:00:02.000Z',
  history: [],
};
/** The same draft as the server held it before the choice reached it. */
const before: RequestDoc = { ...chosen, answers: {}, currentPage: 'anliegen', updatedAt: '2026-12-07T10:00:00.000Z', serverRev: '1-a' };

let db: RxDatabase | undefined;
afterEach(async () => {
  await db?.close();
  db = undefined;
});

async function requestsWith(doc: RequestDoc): Promise<RxCollection<RequestDoc>> {
  db = await createRxDatabase({ name: `keep-newer-${crypto.randomUUID()}`, storage: keepNewerRequests(getRxStorageMemory()) });
  // Version 0: a fresh database has nothing to migrate (the app's version needs the migration plugin).
  const schema = { ...REQUEST_SCHEMA, version: 0 } as unknown as RxJsonSchema<RequestDoc>;
  const { requests } = await db.addCollections({ requests: { schema } });
  await requests.insert(doc);
  return requests as RxCollection<RequestDoc>;
}

/** Writes `next` over the stored state as RxDB's pull does (or as `context` says). */
async function writeOver(requests: RxCollection<RequestDoc>, next: RequestDoc, context = 'replication-downstream-requests') {
  const previous = (await requests.storageInstance.findDocumentsById([next.id], true))[0];
  const document = { ...next, _deleted: false, _attachments: {}, _meta: { ...previous._meta }, _rev: `${Number(previous._rev.split('-')[0]) + 1}-pulled` };
  return requests.storageInstance.bulkWrite([{ previous, document }], context);
}

describe('a pulled request state older than the device’s', () => {
  it('is refused as a conflict, and the device keeps the citizen’s choice', async () => {
    const requests = await requestsWith(chosen);
    const result = await writeOver(requests, before);
    expect(result.error.map((e) => e.status)).toEqual([409]);
    const kept = (await requests.findOne(chosen.id).exec())!.toJSON();
    expect(kept.answers).toEqual({ kind: 'barriere' });
    expect(kept.currentPage).toBe('ort');
  });

  it('is taken when it is newer, or carries a server move, or is not a pull', async () => {
    const requests = await requestsWith(chosen);
    const newer = { ...chosen, answers: { kind: 'barriere', area: 'startseite' }, updatedAt: '2026-12-07T10:00:03.000Z' };
    expect((await writeOver(requests, newer)).error).toEqual([]);
    // A clerk's or the routing worker's move keeps the citizen's updatedAt and adds history.
    const routed: RequestDoc = { ...newer, status: 'received', history: [{ at: '2026-12-07T10:00:04.000Z', status: 'received', actor: 'system' }] };
    expect((await writeOver(requests, routed)).error).toEqual([]);
    expect((await requests.findOne(chosen.id).exec())!.status).toBe('received');
    // The device's own writes are never judged here.
    expect((await writeOver(requests, { ...before, status: 'received', history: routed.history }, 'rx-collection-bulk-upsert')).error).toEqual([]);
  });
});

describe('isOlderRequestState', () => {
  it('compares when the citizen last wrote, unless the server moved the request since', () => {
    expect(isOlderRequestState(before, chosen)).toBe(true);
    expect(isOlderRequestState(chosen, before)).toBe(false);
    expect(isOlderRequestState(chosen, chosen)).toBe(false);
    expect(isOlderRequestState({ ...before, history: [{ at: '2026-12-07T10:00:05.000Z', status: 'received', actor: 'system' }] }, chosen)).toBe(false);
    expect(isOlderRequestState({ ...before, updatedAt: undefined } as unknown as RequestDoc, chosen)).toBe(false);
  });
});
