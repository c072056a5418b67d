import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../audit';
import type { Portal } from '../portal';
import { ApiClient, eventually, sperrmuellDraft, submitted } from '../test-support/api-client';
import { noisyPng } from '../test-support/file-test-service';
import { uploadFile } from '../test-support/file-upload';
import { startTestPortal } from '../test-support/test-portal';
import { closedAt, runRetention } from './retention';
import { decideCase } from '../test-support/decide';

let portal: Portal;
let citizen: ApiClient;
let clerk: ApiClient;
const DAY = 86_400_000;

const routedRequest = () => citizen.sendRouted();

beforeAll(async () => {
  portal = await startTestPortal();
  citizen = new ApiClient(portal.url);
  await citizen.register('Rolf Rente');
  clerk = new ApiClient(portal.url);
  await clerk.login('abfall@stadt-werne.example', 'werne-demo-abfall');
});
afterAll(() => portal.stop());

describe('retention', () => {
  it('deletes a closed request with its messages and notes after the service\'s period, and nothing before', async () => {
    const closed = await routedRequest();
    await clerk.call('POST', `/api/clerk/requests/${closed}/actions`, { action: 'start', paymentOverride: 'Im Test ohne Zahlung' });
    await clerk.call('POST', `/api/clerk/requests/${closed}/messages`, { text: 'Abholung am Montag.' });
    await clerk.call('POST', `/api/clerk/requests/${closed}/notes`, { text: 'Nachbar hat angerufen.' });
    await decideCase(clerk, closed, 'complete');
    const open = await routedRequest();
    const doc = await portal.store.requests.get(closed);
    const closedTime = Date.parse(closedAt(doc));

    // Sperrmüllkarte keeps closed requests 730 days.
    expect(await runRetention(portal.store, { now: () => new Date(closedTime + 729 * DAY) })).toEqual([]);
    expect((await clerk.call('GET', `/api/clerk/requests/${closed}`)).status).toBe(200);

    const lines: unknown[] = [];
    const logger = { info: (obj: unknown) => lines.push(obj) } as never;
    const deleted = await runRetention(portal.store, { now: () => new Date(closedTime + 731 * DAY), logger });
    // Messages: the clerk's and the decision letter; internal: the note and the decision's record.
    expect(deleted).toEqual([
      { requestId: closed, serviceId: 'sperrmuellkarte', status: 'completed', closedOn: closedAt(doc).slice(0, 10), messages: 2, internalDocs: 2, files: 0 },
    ]);
    // The log says what went without saying whose it was.
    const log = JSON.stringify(lines);
    expect(log).toContain(closed);
    for (const personal of ['Rolf Rente', 'Bonenstraße', 'Abholung am Montag', 'Nachbar']) expect(log).not.toContain(personal);

    expect((await clerk.call('GET', `/api/clerk/requests/${closed}`)).status).toBe(404);
    expect((await clerk.call('GET', '/api/clerk/requests?pageSize=100')).body.requests.map((r: { id: string }) => r.id)).not.toContain(closed);
    const stored = JSON.stringify([await portal.store.requests.get(closed), (await portal.store.messages.find({ selector: { requestId: closed } })).docs]);
    for (const personal of ['Bonenstraße', 'Abholung am Montag', 'SPM-']) expect(stored).not.toContain(personal);
    expect((await portal.store.internal.find({ selector: { requestId: closed } })).docs).toEqual([]);
    // The citizen's devices learn that it is gone: pull hands them a deletion.
    const pulled = (await citizen.pull(null, 200)).body.documents.find((d) => d.id === closed);
    expect(pulled?._deleted).toBe(true);
    const messages = (await citizen.call('POST', '/api/sync/messages/pull', { checkpoint: null, batchSize: 200 })).body.documents;
    expect(messages.filter((m: { requestId: string }) => m.requestId === closed).every((m: { _deleted: boolean }) => m._deleted)).toBe(true);

    expect((await clerk.call('GET', `/api/clerk/requests/${open}`)).status).toBe(200);
    const trail = await listAudit(portal.store, 'abfall', 5);
    expect(trail.find((e) => e.action === 'retentionDelete')).toMatchObject({ action: 'retentionDelete', requestId: closed, actorId: 'system' });
    // A second run finds nothing more to do.
    expect(await runRetention(portal.store, { now: () => new Date(closedTime + 800 * DAY) })).toEqual([]);
  });

  it('deletes the uploaded photos with a closed defect report once its year is over', async () => {
    const draft = sperrmuellDraft({ serviceId: 'maengelmelder', catalogueVersion: 1, answers: {} });
    const { id: photo, complete } = await uploadFile(citizen, noisyPng(40), {
      requestId: draft.id,
      serviceId: 'maengelmelder',
      fieldId: 'photos',
    });
    expect(complete.status).toBe(200);
    draft.answers = { category: 'muell', locateBy: 'adresse', street: 'Markt', description: 'Sofa', photos: [photo], wantsFeedback: 'nein' };
    await citizen.push([{ assumedMasterState: null, newDocumentState: submitted(draft) }]);
    await eventually(async () => (await citizen.current(draft.id))?.status === 'received', 10_000, 'routing');
    const abfall = clerk;
    await abfall.call('POST', `/api/clerk/requests/${draft.id}/actions`, { action: 'start' });
    await decideCase(abfall, draft.id, 'complete');
    expect((await abfall.call('GET', `/api/files/${photo}`)).status).toBe(200);
    const closedTime = Date.parse(closedAt(await portal.store.requests.get(draft.id)));

    // The Mängelmelder keeps its records 365 days.
    const deleted = await runRetention(portal.store, { now: () => new Date(closedTime + 366 * DAY) });
    expect(deleted.find((d) => d.requestId === draft.id)).toMatchObject({ serviceId: 'maengelmelder', files: 1 });
    expect((await abfall.call('GET', `/api/files/${photo}`)).status).toBe(404);
    expect((await citizen.call('GET', `/api/files/${photo}`)).status).toBe(404);
  });
});
