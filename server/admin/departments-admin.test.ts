import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '../portal';
import { ApiClient } from '../test-support/api-client';
import { pdfText } from '../test-support/pdf-text';
import { startTestPortal } from '../test-support/test-portal';
import { createInvitedStaff } from '../test-support/staff-invitation';
import { decideCase } from '../test-support/decide';

let portal: Portal;
let admin: ApiClient;
let abfall: ApiClient;
let citizen: ApiClient;

const KLIMA = { de: 'Klimaschutz und Mobilität', en: 'Climate protection and mobility', 'de-x-easy': 'Klima-Schutz' };

async function login(email: string, password: string): Promise<ApiClient> {
  const client = new ApiClient(portal.url);
  expect((await client.login(email, password)).status, email).toBe(200);
  return client;
}

const routedRequest = () => citizen.sendRouted();

async function pdfLines(client: ApiClient, path: string, lang: string): Promise<string> {
  const res = await fetch(portal.url + path, { headers: { Cookie: client.cookieHeader, 'Accept-Language': lang } });
  expect(res.status, path).toBe(200);
  return (await pdfText(new Uint8Array(await res.arrayBuffer()))).lines.join('\n');
}

beforeAll(async () => {
  portal = await startTestPortal();
  admin = await login('admin@stadt-werne.example', 'werne-demo-admin');
  abfall = await login('abfall@stadt-werne.example', 'werne-demo-abfall');
  citizen = new ApiClient(portal.url);
  await citizen.register('Dora Dienst');
});
afterAll(() => portal.stop());

describe('departments kept by the administrator', () => {
  let klimaClerk: ApiClient;
  let klimaClerkId: string;
  let forwarded: string;

  it('creates a department with its names in all three languages; the id is taken only once', async () => {
    const res = await admin.call('POST', '/api/admin/departments', { id: 'klimaschutz', names: { ...KLIMA, de: '  Klimaschutz und Mobilität ' } });
    expect(res.status).toBe(201);
    expect(res.body.department).toEqual({ id: 'klimaschutz', names: KLIMA, active: true });
    const again = await admin.call('POST', '/api/admin/departments', { id: 'klimaschutz', names: KLIMA });
    expect(again.status).toBe(400);
    expect(again.body.problems).toEqual([{ field: 'id', code: 'taken', message: 'Diese Kennung gibt es schon. Wählen Sie eine andere.' }]);
    const seeded = await admin.call('POST', '/api/admin/departments', { id: 'abfall', names: KLIMA });
    expect(seeded.body.problems[0]).toMatchObject({ field: 'id', code: 'taken' });
    const published = (await new ApiClient(portal.url).call('GET', '/api/departments')).body.departments;
    expect(published).toContainEqual({ id: 'klimaschutz', names: KLIMA, active: true });
  });

  it('receives a forwarded request, which its new clerk finds in the inbox, and letters name it as stored', async () => {
    const created = await createInvitedStaff(portal, admin, { name: 'Kim Klima', email: 'kim.klima@stadt-werne.example', role: 'clerk', department: 'klimaschutz' });
    klimaClerkId = created.account.id;
    klimaClerk = await login('kim.klima@stadt-werne.example', created.password);
    expect((await klimaClerk.call('GET', '/api/clerk/requests')).body.requests).toEqual([]);

    forwarded = await routedRequest();
    const res = await abfall.call('POST', `/api/clerk/requests/${forwarded}/actions`, { action: 'forward', reason: 'Lastenrad-Sache', department: 'klimaschutz' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const inbox = (await klimaClerk.call('GET', '/api/clerk/requests')).body.requests as { id: string; department: string }[];
    expect(inbox.map((r) => r.id)).toEqual([forwarded]);
    expect((await klimaClerk.call('GET', `/api/clerk/requests/${forwarded}`)).status).toBe(200);
    expect((await citizen.current(forwarded))?.department).toBe('klimaschutz');

    expect(await pdfLines(klimaClerk, `/api/clerk/requests/${forwarded}/case-file.pdf`, 'de')).toContain('Klimaschutz und Mobilität');
    expect(await pdfLines(citizen, `/api/requests/${forwarded}/receipt.pdf`, 'en')).toContain('Climate protection and mobility');
  });

  it('renames a department: everyone sees the new name at once', async () => {
    const names = { ...KLIMA, de: 'Klimaschutz' };
    const res = await admin.call('PUT', '/api/admin/departments/klimaschutz', { names });
    expect(res.body.department.names.de).toBe('Klimaschutz');
    const published = (await new ApiClient(portal.url).call('GET', '/api/departments')).body.departments;
    expect(published.find((d: { id: string }) => d.id === 'klimaschutz').names.de).toBe('Klimaschutz');
    const bad = await admin.call('PUT', '/api/admin/departments/klimaschutz', { names: { ...names, en: 'two\nlines' } });
    expect(bad.body.problems).toEqual([{ field: 'names.en', code: 'format', message: expect.any(String) }]);
  });

  it('refuses to deactivate a department that has staff, open requests or a rule pointing at it, naming each reason', async () => {
    const busy = await admin.call('POST', '/api/admin/departments/klimaschutz/deactivate', {});
    expect(busy.status).toBe(409);
    expect(busy.body.error).toBe('not_possible');
    expect(busy.body.problems.map((p: { code: string }) => p.code)).toEqual(['hasStaff', 'hasOpenRequests']);
    expect(busy.body.problems[0].message).toMatch(/aktive Konten/);
    const routed = await admin.call('POST', '/api/admin/departments/abwasser/deactivate', {});
    expect(routed.body.problems.map((p: { field: string; code: string }) => `${p.field}:${p.code}`)).toContain('active:routedTo');
  });

  it('deactivates a department once it is free: no forwarding, no new staff, but its name stays', async () => {
    expect((await decideCase(klimaClerk, forwarded, 'reject', 'Gehört nicht zu uns.')).status).toBe(200);
    expect((await admin.call('POST', `/api/admin/staff/${klimaClerkId}/deactivate`, {})).status).toBe(200);
    const res = await admin.call('POST', '/api/admin/departments/klimaschutz/deactivate', {});
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.department.active).toBe(false);

    const other = await routedRequest();
    const forward = await abfall.call('POST', `/api/clerk/requests/${other}/actions`, { action: 'forward', reason: 'x', department: 'klimaschutz' });
    expect(forward.status).toBe(400);
    expect(forward.body.problems[0]).toMatchObject({ field: 'department', code: 'invalid' });
    const staff = await admin.call('POST', '/api/admin/staff', { name: 'Zu Spät', email: 'spaet@stadt-werne.example', role: 'clerk', department: 'klimaschutz' });
    expect(staff.body.problems[0]).toMatchObject({ field: 'department', code: 'invalid' });
    const reactivateClerk = await admin.call('POST', `/api/admin/staff/${klimaClerkId}/reactivate`, {});
    expect(reactivateClerk.body.problems[0]).toMatchObject({ field: 'department', code: 'inactive' });
    expect((await admin.call('PUT', '/api/admin/routing/maengelmelder', { rev: null, override: { muell: 'klimaschutz' } })).body.problems[0]).toMatchObject({
      field: 'route.muell',
      code: 'invalid',
    });

    const published = (await new ApiClient(portal.url).call('GET', '/api/departments')).body.departments;
    expect(published.find((d: { id: string }) => d.id === 'klimaschutz')).toMatchObject({ active: false, names: { de: 'Klimaschutz' } });
    expect(await pdfLines(citizen, `/api/requests/${forwarded}/receipt.pdf`, 'de')).toContain('Klimaschutz');

    const back = await admin.call('POST', '/api/admin/departments/klimaschutz/reactivate', {});
    expect(back.body.department.active).toBe(true);
  });

  it('writes every change to the administration\'s audit chain: who, what, never a password', async () => {
    const { entries, verification } = (await admin.call('GET', '/api/admin/audit')).body;
    expect(verification.ok).toBe(true);
    expect(entries.map((e: { action: string }) => e.action).reverse()).toEqual([
      'createDepartment',
      'createStaff',
      'renameDepartment',
      'deactivateStaff',
      'deactivateDepartment',
      'reactivateDepartment',
    ]);
    expect(entries.every((e: { actorName: string; department: string }) => e.actorName === 'Administration' && e.department === '_admin')).toBe(true);
    expect(entries.find((e: { action: string }) => e.action === 'renameDepartment').detail).toEqual({ department: 'klimaschutz', from: KLIMA.de, to: 'Klimaschutz' });
    expect(entries.find((e: { action: string }) => e.action === 'createStaff').detail).toMatchObject({ role: 'clerk', department: 'klimaschutz', invitation: 'sent' });
  });
});
