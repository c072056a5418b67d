import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '../portal';
import { ApiClient } from '../test-support/api-client';
import { startTestPortal } from '../test-support/test-portal';

let portal: Portal;
let citizen: ApiClient;
const staff: Record<string, ApiClient> = {};

async function as(email: string, password: string): Promise<ApiClient> {
  const client = new ApiClient(portal.url);
  const res = await client.login(email, password);
  expect(res.status, email).toBe(200);
  return client;
}

const routedRequest = () => citizen.sendRouted();

beforeAll(async () => {
  portal = await startTestPortal();
  citizen = new ApiClient(portal.url);
  await citizen.register('Rita Rolle');
  staff.abfall = await as('abfall@stadt-werne.example', 'werne-demo-abfall');
  staff.abfallLead = await as('leitung-abfall@stadt-werne.example', 'werne-demo-leitung-abfall');
  staff.tiefbau = await as('tiefbau@stadt-werne.example', 'werne-demo-tiefbau');
  staff.tiefbauLead = await as('leitung-tiefbau@stadt-werne.example', 'werne-demo-leitung-tiefbau');
  staff.treasury = await as('kasse@stadt-werne.example', 'werne-demo-kasse');
  staff.admin = await as('admin@stadt-werne.example', 'werne-demo-admin');
});
afterAll(() => portal.stop());

describe('roles at the clerk API', () => {
  it('knows each demo account by its role', async () => {
    const roles = await Promise.all(
      ['abfall', 'abfallLead', 'treasury', 'admin'].map(async (k) => (await staff[k].call('GET', '/api/auth/me')).body.user.role),
    );
    expect(roles).toEqual(['clerk', 'lead', 'treasury', 'admin']);
  });

  it('keeps every door of department A shut to clerk and lead of department B', async () => {
    const id = await routedRequest();
    await staff.abfall.call('POST', `/api/clerk/requests/${id}/notes`, { text: 'intern' });
    for (const other of [staff.tiefbau, staff.tiefbauLead]) {
      const list = await other.call('GET', '/api/clerk/requests');
      expect(list.body.requests.map((r: { id: string }) => r.id)).not.toContain(id);
      const csv = await other.call('GET', '/api/clerk/requests.csv');
      expect(csv.status).toBe(200);
      expect(csv.body).not.toContain(id);
      const refSearch = await other.call('GET', `/api/clerk/requests?q=${encodeURIComponent((await citizen.current(id))!.reference!)}`);
      expect(refSearch.body.requests).toEqual([]);
      expect((await other.call('GET', `/api/clerk/requests/${id}`)).status).toBe(404);
      expect((await other.call('GET', `/api/clerk/requests/${id}/notes`)).status).toBe(404);
      expect((await other.call('GET', `/api/clerk/requests/${id}/case-file.pdf`)).status).toBe(404);
      expect((await other.call('GET', `/api/clerk/requests/${id}/messages`)).status).toBe(404);
      expect((await other.call('POST', `/api/clerk/requests/${id}/notes`, { text: 'fremd' })).status).toBe(404);
      expect((await other.call('POST', `/api/clerk/requests/${id}/messages`, { text: 'fremd' })).status).toBe(404);
      expect((await other.call('POST', `/api/clerk/requests/${id}/assignment`, { action: 'assignToMe' })).status).toBe(404);
      expect((await other.call('POST', `/api/clerk/requests/${id}/actions`, { action: 'start' })).status).toBe(404);
    }
    expect((await citizen.current(id))?.status).toBe('received');
    const detail = await staff.abfall.call('GET', `/api/clerk/requests/${id}`);
    expect(detail.body.request.assignee).toBeNull();
  });

  it('lets a lead reassign, and a clerk only take a case', async () => {
    const id = await routedRequest();
    const colleagues = (await staff.abfall.call('GET', '/api/clerk/staff')).body.staff as { id: string; role: string }[];
    const lead = colleagues.find((c) => c.role === 'lead')!;
    const clerk = colleagues.find((c) => c.role === 'clerk')!;
    expect((await staff.abfall.call('POST', `/api/clerk/requests/${id}/assignment`, { action: 'assign', assigneeId: lead.id })).status).toBe(403);
    const mine = await staff.abfall.call('POST', `/api/clerk/requests/${id}/assignment`, { action: 'assignToMe' });
    expect(mine.body.request.assignee.id).toBe(clerk.id);
    const moved = await staff.abfallLead.call('POST', `/api/clerk/requests/${id}/assignment`, { action: 'assign', assigneeId: lead.id });
    expect(moved.body.request.assignee.id).toBe(lead.id);
    const tiefbauPeople = (await staff.tiefbau.call('GET', '/api/clerk/staff')).body.staff as { id: string }[];
    const outsider = await staff.abfallLead.call('POST', `/api/clerk/requests/${id}/assignment`, { action: 'assign', assigneeId: tiefbauPeople[0].id });
    expect(outsider.status).toBe(400);
    expect(outsider.body.problems[0]).toMatchObject({ field: 'assignee', code: 'invalid' });
  });

  it('keeps citizens, treasury, administrators and strangers out of case work', async () => {
    const id = await routedRequest();
    for (const who of [citizen, staff.treasury, staff.admin]) {
      expect((await who.call('GET', '/api/clerk/requests')).status).toBe(403);
      expect((await who.call('GET', `/api/clerk/requests/${id}`)).status).toBe(403);
      expect((await who.call('POST', `/api/clerk/requests/${id}/actions`, { action: 'start' })).status).toBe(403);
    }
    expect((await new ApiClient(portal.url).call('GET', `/api/clerk/requests/${id}`)).status).toBe(401);
  });

  it('shows the audit trail to the department lead only', async () => {
    expect((await staff.abfall.call('GET', '/api/clerk/audit')).status).toBe(403);
    const trail = await staff.abfallLead.call('GET', '/api/clerk/audit');
    expect(trail.status).toBe(200);
    expect(trail.body.verification.ok).toBe(true);
    expect(trail.body.entries.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['read', 'note', 'assignToMe', 'assign']));
    expect(trail.body.entries.every((e: { department: string }) => e.department === 'abfall')).toBe(true);
  });
});
