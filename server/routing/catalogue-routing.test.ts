import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../domain/catalogue';
import type { Portal } from '../portal';
import { ApiClient, eventually, sperrmuellDraft, submitted } from '../test-support/api-client';
import { startTestPortal, uniquePrefix } from '../test-support/test-portal';

const prefix = uniquePrefix();
let portal: Portal;
let citizen: ApiClient;

beforeAll(async () => {
  portal = await startTestPortal({ prefix });
  citizen = new ApiClient(portal.url);
  await citizen.register();
});
afterAll(() => portal.stop());

function pastDate(daysAgo: number) {
  const d = new Date(Date.now() - daysAgo * 86_400_000);
  return { day: String(d.getUTCDate()), month: String(d.getUTCMonth() + 1), year: String(d.getUTCFullYear()) };
}

async function submit(serviceId: string, answers: Answers) {
  const doc = submitted(sperrmuellDraft({ id: randomUUID(), serviceId, catalogueVersion: 1, answers }));
  const res = await citizen.push([{ assumedMasterState: null, newDocumentState: doc }]);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return eventually(async () => {
    const d = await citizen.current(doc.id);
    return d && d.status !== 'submitted' ? d : undefined;
  }, 10_000, `routing of ${serviceId}`);
}

async function inboxOf(department: string): Promise<string[]> {
  const clerk = new ApiClient(portal.url);
  await clerk.login(`${department}@stadt-werne.example`, `werne-demo-${department}`);
  return ((await clerk.call('GET', '/api/clerk/requests')).body.requests as { id: string }[]).map((r) => r.id);
}

describe('routing by the catalogue', () => {
  it('sends a pothole to Tiefbau and illegal dumping to the waste department', async () => {
    const base = { locateBy: 'adresse', street: 'Steinstraße', description: 'Tiefes Loch vor Nr. 3', wantsFeedback: 'nein' };
    const pothole = await submit('maengelmelder', { ...base, category: 'schlagloch' });
    const dumping = await submit('maengelmelder', { ...base, category: 'muell', description: 'Sofa am Straßenrand' });
    expect(pothole).toMatchObject({ status: 'received', department: 'tiefbau', feeCents: 0 });
    expect(pothole.reference).toMatch(/^MM-\d{4}-\d{6}$/);
    expect(dumping.department).toBe('abfall');
    const tiefbau = await inboxOf('tiefbau');
    expect(tiefbau).toContain(pothole.id);
    expect(tiefbau).not.toContain(dumping.id);
  });

  it('takes a position instead of an address, and hands back one outside Werne', async () => {
    const base = { category: 'strassenlaterne', locateBy: 'position', description: 'Lampe aus', wantsFeedback: 'nein' };
    const inTown = await submit('maengelmelder', { ...base, position: '51.66340, 7.63450' });
    expect(inTown.status).toBe('received');
    const berlin = await submit('maengelmelder', { ...base, position: '52.52, 13.40' });
    expect(berlin).toMatchObject({ status: 'draft', problems: [{ field: 'position', code: 'outsideCity' }] });
  });

  it('sends a complaint to the department of its topic, and the rest to the central office', async () => {
    const park = await submit('anregung', { kind: 'beschwerde', topic: 'gruen', message: 'Die Bank im Stadtpark ist kaputt.', wantsReply: 'ja' });
    const other = await submit('anregung', { kind: 'lob', topic: 'sonstiges', message: 'Danke für das Stadtfest!', wantsReply: 'nein' });
    expect(park).toMatchObject({ status: 'received', department: 'gruen' });
    expect(park.reference).toMatch(/^BLA-/);
    expect(other.department).toBe('zentrale');
  });

  it('takes a meter reading to the wastewater department', async () => {
    const reading = await submit('zaehlerstand', { meterNumber: '18-4471203', reading: '42,250', readingDate: pastDate(2) });
    expect(reading).toMatchObject({ status: 'received', department: 'abwasser', feeCents: 0 });
    expect(reading.reference).toMatch(/^ZST-/);
  });

  it('refuses a service the catalogue does not have', async () => {
    const doc = submitted(sperrmuellDraft({ serviceId: 'hundesteuer', answers: {} }));
    const res = await citizen.push([{ assumedMasterState: null, newDocumentState: doc }]);
    expect(res.status).toBe(400);
  });
});
