import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '../portal';
import { ApiClient, eventually, submitted } from '../test-support/api-client';
import { fileDraft, noisyPng, registerFileTestService } from '../test-support/file-test-service';
import { createUpload, pieceOf, putChunk, putChunkBrokenOff, sha256, uploadFile } from '../test-support/file-upload';
import { startTestPortal } from '../test-support/test-portal';
import { deleteOwnerFiles, deleteRequestFiles, listRequestFiles, sweepAbandonedUploads } from '.';

let portal: Portal;
let citizen: ApiClient;
let other: ApiClient;
let abfall: ApiClient;
let tiefbau: ApiClient;
let unregister: () => void;
/** ~640 KB of random pixels: three pieces of 256 KiB. */
const photo = noisyPng(400);

async function pushDraft(client: ApiClient, photos: string[], requestId = randomUUID()) {
  const doc = fileDraft({ photos }, { id: requestId });
  const pushed = await client.push([{ assumedMasterState: null, newDocumentState: doc }]);
  expect(pushed.status).toBe(200);
  return doc;
}

async function submitAndWait(client: ApiClient, photos: string[], requestId: string) {
  const master = (await client.current(requestId))!;
  const res = await client.push([{ assumedMasterState: master, newDocumentState: submitted({ ...master, answers: { photos } }) }]);
  expect(res.status).toBe(200);
  return eventually(async () => {
    const doc = await client.current(requestId);
    return doc && doc.status !== 'submitted' ? doc : undefined;
  }, 10_000, 'routing');
}

beforeAll(async () => {
  unregister = registerFileTestService();
  portal = await startTestPortal();
  citizen = new ApiClient(portal.url);
  await citizen.register('Clara Citizen');
  other = new ApiClient(portal.url);
  await other.register('Otto Other');
  abfall = new ApiClient(portal.url);
  tiefbau = new ApiClient(portal.url);
  expect((await abfall.login('abfall@stadt-werne.example', 'werne-demo-abfall')).status).toBe(200);
  expect((await tiefbau.login('tiefbau@stadt-werne.example', 'werne-demo-tiefbau')).status).toBe(200);
});
afterAll(async () => {
  await portal.stop();
  unregister();
});

describe('file upload', () => {
  it('takes a photo in pieces, finds its type in the content and hands it back unchanged to its owner', async () => {
    const requestId = randomUUID();
    const { id, complete } = await uploadFile(citizen, photo, { requestId, name: 'Zähler "alt".png' });
    expect(complete.status).toBe(200);
    expect(complete.body.file).toMatchObject({ id, state: 'complete', mediaType: 'image/png', sha256: sha256(photo), size: photo.length });

    const res = await fetch(`${portal.url}/api/files/${id}`, { headers: { Cookie: citizen.cookieHeader } });
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(photo)).toBe(true);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="Z_hler _alt_.png"; filename*=UTF-8''Z%C3%A4hler%20%22alt%22.png`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'");
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('treats the same upload sent again as harmless, and refuses a different file under a known id', async () => {
    const requestId = randomUUID();
    const { id } = await uploadFile(citizen, photo, { requestId });
    const again = await createUpload(citizen, photo, { id, requestId });
    expect(again.status).toBe(200);
    expect(again.body.file.state).toBe('complete');
    expect((await putChunk(citizen, id, 0, pieceOf(photo, 0))).status).toBe(200);
    expect((await citizen.call('POST', `/api/files/${id}/complete`, {})).body.file.state).toBe('complete');

    const different = Buffer.from(photo);
    different[different.length - 20] ^= 0xff;
    const refused = await createUpload(citizen, different, { id, requestId });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toBe('hash_differs');
    expect(refused.body.message).toMatch(/andere Datei/);
  });

  it('resumes an upload whose connection broke off: only the missing pieces are sent again', async () => {
    const requestId = randomUUID();
    const id = randomUUID();
    expect((await createUpload(citizen, photo, { id, requestId })).body.receivedChunks).toEqual([]);
    expect((await putChunk(citizen, id, 0, pieceOf(photo, 0))).status).toBe(200);
    await putChunkBrokenOff(citizen, id, 1, pieceOf(photo, 1));

    // The device comes back and asks where the upload stands, the way it does after every break.
    const resumed = await createUpload(citizen, photo, { id, requestId });
    expect(resumed.status).toBe(200);
    expect(resumed.body.receivedChunks).toEqual([0]);
    const early = await citizen.call('POST', `/api/files/${id}/complete`, {});
    expect(early.status).toBe(409);
    expect(early.body.error).toBe('chunks_missing');
    for (const n of [1, 2]) expect((await putChunk(citizen, id, n, pieceOf(photo, n))).status).toBe(200);
    const done = await citizen.call('POST', `/api/files/${id}/complete`, {});
    expect(done.body.file).toMatchObject({ state: 'complete', sha256: sha256(photo) });
    const back = await fetch(`${portal.url}/api/files/${id}`, { headers: { Cookie: citizen.cookieHeader } });
    expect(Buffer.from(await back.arrayBuffer()).equals(photo)).toBe(true);
  });

  it('refuses content that is not an image or PDF, though it is named .jpg, and says why', async () => {
    const page = Buffer.from('<html><script>alert(document.cookie)</script></html>');
    const { id, complete } = await uploadFile(citizen, page, { requestId: randomUUID(), name: 'urlaub.jpg' });
    expect(complete.status).toBe(422);
    expect(complete.body.error).toBe('file_refused');
    expect(complete.body.problems[0]).toMatchObject({ field: 'photos', code: 'wrongType' });
    expect(complete.body.problems[0].message).toMatch(/kein erlaubtes Format/);
    expect((await fetch(`${portal.url}/api/files/${id}`, { headers: { Cookie: citizen.cookieHeader } })).status).toBe(404);
    expect((await citizen.call('GET', `/api/files/${id}/status`)).body.file).toMatchObject({ state: 'refused', refusedCode: 'wrongType' });
  });

  it('refuses a file larger than the question allows, and pieces that do not fit', async () => {
    const big = await createUpload(citizen, photo, { id: randomUUID(), requestId: randomUUID(), size: 1_200_000 });
    expect(big.status).toBe(413);
    expect(big.body.problems[0]).toMatchObject({ field: 'photos', code: 'tooLarge' });
    expect(big.body.problems[0].message).toContain('1 MB');

    const id = randomUUID();
    await createUpload(citizen, photo, { id, requestId: randomUUID() });
    expect((await putChunk(citizen, id, 2, pieceOf(photo, 0))).status).toBe(400);
    expect((await putChunk(citizen, id, 9, pieceOf(photo, 2))).status).toBe(400);
  });

  it('never serves a stored file whose content no longer matches its SHA-256', async () => {
    const { id } = await uploadFile(citizen, photo, { requestId: randomUUID() });
    const doc = await portal.store.files.get(id);
    const tampered = Buffer.from(photo);
    tampered[100] ^= 0x01;
    await portal.store.files.attachment.insert(id, 'content', tampered, 'image/png', { rev: doc._rev });
    const res = await citizen.call('GET', `/api/files/${id}`);
    expect(res.status).toBe(500);
    expect(res.body.error).toBe('file_damaged');
  });

  it('lets only the owner and the clerks of the request\'s department see a file', async () => {
    const draft = await pushDraft(citizen, []);
    const { id } = await uploadFile(citizen, photo, { requestId: draft.id });
    // Before the request is routed, no clerk sees it; another citizen never does.
    for (const client of [other, abfall, tiefbau]) expect((await client.call('GET', `/api/files/${id}`)).status).toBe(404);
    expect((await other.call('GET', `/api/files/${id}/status`)).status).toBe(404);
    expect((await putChunk(other, id, 0, pieceOf(photo, 0))).status).toBe(404);
    expect((await other.call('DELETE', `/api/files/${id}`, {})).status).toBe(404);
    expect((await other.call('PUT', `/api/files/${randomUUID()}`, { requestId: draft.id, serviceId: 'dateitest', catalogueVersion: 1, fieldId: 'photos', name: 'x.png', size: 10, sha256: sha256(photo) })).status).toBe(404);

    const routed = await submitAndWait(citizen, [id], draft.id);
    expect(routed.status).toBe('received');
    const download = await fetch(`${portal.url}/api/files/${id}`, { headers: { Cookie: abfall.cookieHeader } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect((await tiefbau.call('GET', `/api/files/${id}`)).status).toBe(404);
    expect((await tiefbau.call('GET', `/api/files?request=${draft.id}`)).status).toBe(404);
    const listed = await abfall.call('GET', `/api/files?request=${draft.id}`);
    expect(listed.body.files).toEqual([expect.objectContaining({ id, name: 'foto.png', sha256: sha256(photo), mediaType: 'image/png' })]);
    expect((await other.call('GET', `/api/files/${id}`)).status).toBe(404);
    expect((await new ApiClient(portal.url).call('GET', `/api/files/${id}`)).status).toBe(401);
  });

  it('sends a request back when a file it names is not uploaded completely', async () => {
    const draft = await pushDraft(citizen, []);
    const id = randomUUID();
    await createUpload(citizen, photo, { id, requestId: draft.id });
    await putChunk(citizen, id, 0, pieceOf(photo, 0));
    const returned = await submitAndWait(citizen, [id], draft.id);
    expect(returned.status).toBe('draft');
    expect(returned.problems).toEqual([{ field: 'photos', code: 'notUploaded' }]);

    // Another citizen's finished file named in the answers is no better.
    const foreign = await uploadFile(other, photo, { requestId: randomUUID() });
    const again = await submitAndWait(citizen, [foreign.id], draft.id);
    expect(again.status).toBe('draft');
    expect(again.problems).toEqual([{ field: 'photos', code: 'notUploaded' }]);
  });

  it('deletes a file for its owner while the request is a draft, not after it was sent', async () => {
    const draft = await pushDraft(citizen, []);
    const gone = await uploadFile(citizen, photo, { requestId: draft.id });
    expect((await citizen.call('DELETE', `/api/files/${gone.id}`, {})).status).toBe(204);
    expect((await citizen.call('DELETE', `/api/files/${gone.id}`, {})).status).toBe(204);
    expect((await citizen.call('GET', `/api/files/${gone.id}`)).status).toBe(404);

    const kept = await uploadFile(citizen, photo, { requestId: draft.id });
    await submitAndWait(citizen, [kept.id], draft.id);
    const locked = await citizen.call('DELETE', `/api/files/${kept.id}`, {});
    expect(locked.status).toBe(409);
    expect(locked.body.error).toBe('file_locked');
    expect((await citizen.call('PUT', `/api/files/${randomUUID()}`, { requestId: draft.id, serviceId: 'dateitest', catalogueVersion: 1, fieldId: 'photos', name: 'x.png', size: 10, sha256: sha256(photo) })).body.error).toBe('request_locked');
  });

  it('lists a routed request\'s files with their SHA-256 and deletes them all for good', async () => {
    const draft = await pushDraft(citizen, []);
    const a = await uploadFile(citizen, photo, { requestId: draft.id, name: 'a.png' });
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const b = await uploadFile(citizen, pdf, { requestId: draft.id, name: 'b.pdf' });
    expect(b.complete.body.file.mediaType).toBe('application/pdf');
    await submitAndWait(citizen, [a.id, b.id], draft.id);
    const listed = await listRequestFiles(portal.store, draft.id);
    expect(listed.map((f) => [f.name, f.sha256])).toEqual([['a.png', sha256(photo)], ['b.pdf', sha256(pdf)]]);
    expect(await deleteRequestFiles(portal.store, draft.id)).toBe(2);
    expect(await listRequestFiles(portal.store, draft.id)).toEqual([]);
    expect((await abfall.call('GET', `/api/files/${a.id}`)).status).toBe(404);
    const leftovers = await portal.store.files.list({ startkey: `chunk:${a.id}`, endkey: `chunk:${a.id}\ufff0` });
    expect(leftovers.rows).toEqual([]);
  });

  it('deletes every file of a person, drafts the server never saw included (account deletion)', async () => {
    const leaving = new ApiClient(portal.url);
    await leaving.register('Lea Leaving');
    const a = await uploadFile(leaving, photo, { requestId: randomUUID() });
    const half = randomUUID();
    await createUpload(leaving, photo, { id: half, requestId: randomUUID() });
    await putChunk(leaving, half, 0, pieceOf(photo, 0));
    const kept = await uploadFile(citizen, photo, { requestId: randomUUID() });
    expect(await deleteOwnerFiles(portal.store, (await leaving.call('GET', '/api/auth/me')).body.user.id)).toBe(2);
    expect((await leaving.call('GET', `/api/files/${a.id}`)).status).toBe(404);
    expect((await portal.store.files.list({ startkey: `chunk:${half}`, endkey: `chunk:${half}\ufff0` })).rows).toEqual([]);
    expect((await citizen.call('GET', `/api/files/${kept.id}`)).status).toBe(200);
  });

  it('sweeps uploads given up halfway after a week, never finished files', async () => {
    const stale = randomUUID();
    await createUpload(citizen, photo, { id: stale, requestId: randomUUID() });
    await putChunk(citizen, stale, 0, pieceOf(photo, 0));
    const done = await uploadFile(citizen, photo, { requestId: randomUUID() });
    const inEightDays = new Date(Date.now() + 8 * 86_400_000);
    expect(await sweepAbandonedUploads(portal.store, new Date())).toBe(0);
    expect(await sweepAbandonedUploads(portal.store, inEightDays)).toBeGreaterThanOrEqual(1);
    expect((await citizen.call('GET', `/api/files/${stale}/status`)).status).toBe(404);
    expect((await portal.store.files.list({ startkey: `chunk:${stale}`, endkey: `chunk:${stale}\ufff0` })).rows).toEqual([]);
    expect((await citizen.call('GET', `/api/files/${done.id}`)).status).toBe(200);
  });
});
