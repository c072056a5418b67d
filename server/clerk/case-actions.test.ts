import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '../portal';
import { ApiClient } from '../test-support/api-client';
import { startTestPortal } from '../test-support/test-portal';
import { decideCase } from '../test-support/decide';

let portal: Portal;
let citizen: ApiClient;
let abfall: ApiClient;
let ordnung: ApiClient;

const routedRequest = () => citizen.sendRouted();
const act = (client: ApiClient, id: string, body: object) => client.call('POST', `/api/clerk/requests/${id}/actions`, body);

beforeAll(async () => {
  portal = await startTestPortal();
  citizen = new ApiClient(portal.url);
  await citizen.register('Frieda Frage');
  abfall = new ApiClient(portal.url);
  await abfall.login('abfall@stadt-werne.example', 'werne-demo-abfall');
  ordnung = new ApiClient(portal.url);
  await ordnung.login('ordnung@stadt-werne.example', 'werne-demo-ordnung');
});
afterAll(() => portal.stop());

describe('clerk actions', () => {
  it('asks the citizen for more information, and the question reaches the device', async () => {
    const id = await routedRequest();
    await act(abfall, id, { action: 'start', paymentOverride: 'Im Test ohne Zahlung' });
    const missing = await act(abfall, id, { action: 'askForInfo' });
    expect(missing.status).toBe(400);
    expect(missing.body.problems[0]).toMatchObject({ field: 'reason', code: 'required', message: 'Geben Sie eine Begründung ein.' });
    const question = 'Wie viele Matratzen sind es?';
    expect((await act(abfall, id, { action: 'askForInfo', reason: question })).body.request.status).toBe('needs_info');
    const onDevice = await citizen.current(id);
    expect(onDevice).toMatchObject({ status: 'needs_info', statusReason: question });
    expect(onDevice?.history.at(-1)).toMatchObject({ actor: 'clerk', status: 'needs_info', reason: question });
  });

  it('forwards to another department with a reason: it leaves this inbox and lands in the other', async () => {
    const id = await routedRequest();
    const own = await act(abfall, id, { action: 'forward', reason: 'Falscher Fachdienst', department: 'abfall' });
    expect(own.body.problems[0]).toMatchObject({ field: 'department', code: 'invalid' });
    await abfall.call('POST', `/api/clerk/requests/${id}/assignment`, { action: 'assignToMe' });
    const res = await act(abfall, id, { action: 'forward', reason: 'Das ist eine Straßensache.', department: 'ordnung' });
    expect(res.status).toBe(200);
    expect((await abfall.call('GET', `/api/clerk/requests/${id}`)).status).toBe(404);
    const there = await ordnung.call('GET', `/api/clerk/requests/${id}`);
    expect(there.body.request).toMatchObject({ status: 'received', department: 'ordnung', assignee: null });
    const onDevice = await citizen.current(id);
    expect(onDevice).toMatchObject({ department: 'ordnung', status: 'received', statusReason: 'Das ist eine Straßensache.' });
    expect(onDevice?.history.at(-1)).toMatchObject({ actor: 'clerk', department: 'ordnung', reason: 'Das ist eine Straßensache.' });
  });

  it('keeps closed requests read-only: no decision, note or assignment', async () => {
    const id = await routedRequest();
    await decideCase(abfall, id, 'reject', 'Keine Abholung in diesem Gebiet.');
    expect((await act(abfall, id, { action: 'start' })).status).toBe(409);
    expect((await abfall.call('POST', `/api/clerk/requests/${id}/notes`, { text: 'noch was' })).status).toBe(409);
    expect((await abfall.call('POST', `/api/clerk/requests/${id}/assignment`, { action: 'assignToMe' })).status).toBe(409);
    expect((await abfall.call('GET', `/api/clerk/requests/${id}`)).body.request.readOnly).toBe(true);
  });

  it('keeps a citizen\'s withdrawal from erasing the department\'s assignment', async () => {
    const id = await routedRequest();
    await abfall.call('POST', `/api/clerk/requests/${id}/assignment`, { action: 'assignToMe' });
    const master = (await citizen.current(id))!;
    expect(master).not.toHaveProperty('assignee');
    await citizen.push([{ assumedMasterState: master, newDocumentState: { ...master, status: 'withdrawn' } }]);
    const detail = (await abfall.call('GET', `/api/clerk/requests/${id}`)).body.request;
    expect(detail.status).toBe('withdrawn');
    expect(detail.assignee).not.toBeNull();
  });
});
