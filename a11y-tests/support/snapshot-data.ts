import { randomUUID } from 'node:crypto';
import { ApiClient, sperrmuellDraft } from '../../server/test-support/api-client';
import { E2E_PORT } from '../playwright.config';

/** A citizen with one routed Sperrmüllkarte and one complete draft, for the reviewed ARIA snapshots. */
export async function citizenWithRequests(name: string): Promise<{ citizen: ApiClient; routedId: string; draftId: string; emptyDraftId: string }> {
  const citizen = new ApiClient(`http://127.0.0.1:${E2E_PORT}`);
  await citizen.register(name);
  const routedId = await citizen.sendRouted({ street: 'Bonenstraße' });
  const draft = sperrmuellDraft();
  const empty = sperrmuellDraft({ id: randomUUID(), answers: {} as never });
  const res = await citizen.push([draft, empty].map((doc) => ({ assumedMasterState: null, newDocumentState: doc })));
  if (res.status !== 200 || res.body.conflicts.length) throw new Error(`drafts not stored: ${res.status}`);
  return { citizen, routedId, draftId: draft.id, emptyDraftId: empty.id };
}
