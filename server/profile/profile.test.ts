import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '../portal';
import { ApiClient, eventually, sperrmuellDraft, submitted } from '../test-support/api-client';
import { startTestPortal } from '../test-support/test-portal';

let portal: Portal;

beforeAll(async () => {
  portal = await startTestPortal();
});
afterAll(() => portal.stop());

async function citizen(name = 'Paula Profil'): Promise<{ api: ApiClient; user: { id: string; email: string } }> {
  const api = new ApiClient(portal.url);
  const user = await api.register(name);
  return { api, user };
}

describe('profile API', () => {
  it('saves a checked profile, spelled as the city spells the street, and /me carries it', async () => {
    const { api } = await citizen();
    const saved = await api.call('POST', '/api/profile', {
      profile: { name: 'Paula Profil', street: 'bonenstr.', houseNumber: '12', postcode: '59368', phone: '02389 1234', language: 'de', easyLanguage: true },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.profile).toMatchObject({ street: 'Bonenstraße', houseNumber: '12', easyLanguage: true });
    expect((await api.call('GET', '/api/profile')).body.profile.street).toBe('Bonenstraße');
    expect((await api.call('GET', '/api/auth/me')).body.user.profile.phone).toBe('02389 1234');
  });

  it('refuses a bad profile with German messages per field and keeps the stored one', async () => {
    const { api } = await citizen();
    await api.call('POST', '/api/profile', { profile: { street: 'Markt' } });
    const bad = await api.call('POST', '/api/profile', { profile: { street: 'Hauptstraße', postcode: '12345' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toBe('validation_failed');
    expect(bad.body.problems).toEqual([
      { field: 'street', code: 'unknownStreet', message: expect.stringContaining('Werne') },
      { field: 'postcode', code: 'notWerne', message: expect.stringContaining('59368') },
    ]);
    expect((await api.call('GET', '/api/profile')).body.profile.street).toBe('Markt');
  });

  it('keeps the newer edit when an older one arrives late from another device', async () => {
    const { api } = await citizen();
    await api.call('POST', '/api/profile', { profile: { phone: '0111 2222', updatedAt: '2026-11-25T10:00:00.000Z' } });
    const late = await api.call('POST', '/api/profile', { profile: { phone: '0999 8888', updatedAt: '2026-11-20T10:00:00.000Z' } });
    expect(late.body.profile.phone).toBe('0111 2222');
  });

  it('is only for the signed-in citizen', async () => {
    expect((await new ApiClient(portal.url).call('GET', '/api/profile')).status).toBe(401);
    const clerk = new ApiClient(portal.url);
    await clerk.login('abfall@stadt-werne.example', 'werne-demo-abfall');
    expect((await clerk.call('GET', '/api/profile/export')).status).toBe(403);
  });
});

describe('my data', () => {
  it('downloads account, profile and requests as a JSON file, never the password hash', async () => {
    const { api, user } = await citizen('Erika Export');
    await api.call('POST', '/api/profile', { profile: { street: 'Steinstraße', houseNumber: '7' } });
    const draft = sperrmuellDraft();
    await api.push([{ assumedMasterState: null, newDocumentState: draft }]);
    const other = await citizen('Otto Other');
    await other.api.push([{ assumedMasterState: null, newDocumentState: sperrmuellDraft() }]);

    const res = await fetch(`${portal.url}/api/profile/export`, { headers: { Cookie: api.cookieHeader } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename=".+\.json"/);
    const text = await res.text();
    expect(text).not.toMatch(/passwordHash|pbkdf2|scrypt|argon/i);
    const data = JSON.parse(text);
    expect(data.account).toMatchObject({ id: user.id, email: user.email, name: 'Erika Export', role: 'citizen' });
    expect(data.profile).toMatchObject({ street: 'Steinstraße', houseNumber: '7' });
    expect(data.requests.map((r: { id: string }) => r.id)).toEqual([draft.id]);
    expect(data.requests[0].answers.volume).toBe('2,5');
  });

  it('deletes the account with its requests and sessions on every device; others keep theirs', async () => {
    const { api, user } = await citizen('Dana Delete');
    const secondDevice = new ApiClient(portal.url);
    expect((await secondDevice.login(user.email, 'correct horse battery')).status).toBe(200);
    const doc = submitted(sperrmuellDraft());
    await api.push([{ assumedMasterState: null, newDocumentState: doc }]);
    await eventually(async () => (await api.current(doc.id))?.status === 'received', 10_000, 'routing');
    const clerk = new ApiClient(portal.url);
    await clerk.login('abfall@stadt-werne.example', 'werne-demo-abfall');
    expect((await clerk.call('POST', `/api/clerk/requests/${doc.id}/messages`, { text: 'Bitte Zugang freihalten.' })).status).toBeLessThan(300);
    expect((await clerk.call('POST', `/api/clerk/requests/${doc.id}/notes`, { text: 'Nachbarin hat angerufen.' })).status).toBeLessThan(300);
    const other = await citizen('Bea Bleibt');
    const kept = sperrmuellDraft();
    await other.api.push([{ assumedMasterState: null, newDocumentState: kept }]);

    expect((await api.call('POST', '/api/profile/delete-account', {})).status).toBe(400);
    expect((await api.call('GET', '/api/auth/me')).status).toBe(200);

    const del = await api.call('POST', '/api/profile/delete-account', { confirm: true });
    expect(del.status).toBe(204);
    expect((await api.call('GET', '/api/auth/me')).status).toBe(401);
    expect((await secondDevice.call('GET', '/api/auth/me')).status).toBe(401);
    expect((await new ApiClient(portal.url).login(user.email, 'correct horse battery')).status).toBe(401);

    // Nothing of theirs is left in the store; the other citizen's request is untouched.
    const left = await portal.store.requests.find({ selector: { owner: user.id }, limit: 10 } as never);
    expect(left.docs).toEqual([]);
    await expect(portal.store.requests.get(doc.id)).rejects.toMatchObject({ statusCode: 404 });
    expect((await portal.store.messages.find({ selector: { owner: user.id }, limit: 10 } as never)).docs).toEqual([]);
    expect((await portal.store.internal.find({ selector: { requestId: doc.id }, limit: 10 } as never)).docs).toEqual([]);
    const sessions = await portal.store.sessions.find({ selector: { userId: user.id }, limit: 10 } as never);
    expect(sessions.docs).toEqual([]);
    await expect(portal.store.users.get(`user:${user.id}`)).rejects.toMatchObject({ statusCode: 404 });
    await expect(portal.store.users.get(`email:${user.email}`)).rejects.toMatchObject({ statusCode: 404 });
    expect((await other.api.current(kept.id))?.id).toBe(kept.id);

    // The address is free again: the person may register anew.
    const anew = new ApiClient(portal.url);
    expect((await anew.call('POST', '/api/auth/register', { email: user.email, password: 'ein neues passwort', name: 'Dana Neu' })).status).toBe(202);
    expect((await anew.login(user.email, 'ein neues passwort')).status).toBe(200);
  });
});
