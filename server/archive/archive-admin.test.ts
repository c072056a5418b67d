import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '../portal';
import type { StoredRequest } from '../requests';
import { ApiClient } from '../test-support/api-client';
import { caseInProgress, decideCase } from '../test-support/decide';
import { signedIn } from '../test-support/staff-login';
import { startTestPortal } from '../test-support/test-portal';
import { DEMO_ARCHIVE_KEY } from './archive-key';
import { offerToArchive } from './hand-over';

let portal: Portal;
beforeAll(async () => {
  portal = await startTestPortal();
}, 120_000);
afterAll(() => portal?.stop());

const PATH = '/api/admin/archive-offers';

describe('the administration sees the offers to the city archive (read-only)', () => {
  it('lists each offer with its date, cases and state (not yet evaluated); nobody else reads it, not even the archive', async () => {
    const citizen = new ApiClient(portal.url);
    await citizen.register('Otto Offer');
    const clerk = await signedIn(portal.url, 'abfall@stadt-werne.example', 'werne-demo-abfall');
    const id = await caseInProgress(citizen, clerk);
    expect((await decideCase(clerk, id, 'complete')).status).toBe(200);
    const doc = (await portal.store.requests.get(id)) as unknown as StoredRequest;
    const offer = (await offerToArchive(portal.store, [doc]))!;

    const admin = await signedIn(portal.url, 'admin@stadt-werne.example', 'werne-demo-admin');
    const res = await admin.call('GET', PATH);
    expect(res.status).toBe(200);
    expect(res.body.offers).toEqual([
      { processId: offer.processId, createdAt: offer.createdAt, state: 'offered', cases: [expect.objectContaining({ requestId: id, reference: doc.reference, department: 'abfall' })] },
    ]);
    expect(res.body.offers[0].cases[0].verdict).toBeUndefined();

    // Read-only: no other method, no query, and no other role.
    expect((await admin.call('POST', PATH, {})).status).toBe(404);
    expect((await admin.call('GET', `${PATH}?state=done`)).status).toBe(400);
    expect((await clerk.call('GET', PATH)).status).toBe(403);
    expect((await citizen.call('GET', PATH)).status).toBe(403);
    expect((await new ApiClient(portal.url).call('GET', PATH)).status).toBe(401);
    // The archive's own key opens the archive's door, not the administration's.
    expect((await fetch(`${portal.url}${PATH}`, { headers: { Authorization: `Bearer ${DEMO_ARCHIVE_KEY}` } })).status).toBeGreaterThanOrEqual(401);
    expect((await fetch(`${portal.url}${PATH}`, { headers: { Authorization: `Bearer ${DEMO_ARCHIVE_KEY}` } })).status).toBeLessThan(404);
  }, 60_000);
});
