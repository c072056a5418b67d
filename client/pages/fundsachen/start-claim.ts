import { findService } from '../../../domain/catalogue';
import { createDraft, saveAnswers } from '../../data/request-store';
import { formPagePath } from '../service/service-paths';

export const CLAIM_SERVICE_ID = 'fundbuero-anspruch';

/**
 * "Das gehört mir": a new claim draft on this device with the item's number filled in, opened at
 * the proof question (the number page stays reachable by the back link and from "check your
 * answers"). Works offline like every draft; it is sent when the device is online.
 */
export async function startClaim(itemNumber: string): Promise<string> {
  const service = findService(CLAIM_SERVICE_ID)!;
  const draft = await createDraft(service);
  await saveAnswers(draft.id, { itemId: itemNumber });
  return formPagePath(service.id, draft.id, service.pages[1].id);
}
