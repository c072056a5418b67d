import { expect } from 'vitest';
import { ApiClient, eventually, sperrmuellDraft, submitted } from './api-client';

/** A new citizen's Sperrmüll pickup on this day in this street, once routing confirmed it. */
export async function confirmedPickup(portalUrl: string, day: string, street = 'Bonenstraße', name = 'Paula Pickup') {
  const citizen = new ApiClient(portalUrl);
  const user = await citizen.register(name);
  const draft = sperrmuellDraft();
  const doc = submitted({ ...draft, answers: { ...draft.answers, street, pickupSlot: day } });
  expect((await citizen.push([{ assumedMasterState: null, newDocumentState: doc }])).status).toBe(200);
  const routed = await eventually(async () => {
    const d = await citizen.current(doc.id);
    return d?.status === 'received' ? d : undefined;
  }, 30_000, 'routing');
  expect(routed.confirmedSlot).toBe(day);
  return { citizen, user, id: doc.id, reference: routed.reference! };
}
