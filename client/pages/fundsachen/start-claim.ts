import { lookupService } from '../../../domain/catalogue/lookup';
import { catalogue } from '../../catalogue/catalogue';
import { createDraft, saveAnswers } from '../../data/request-store';
import { formPagePath } from '../service/service-paths';

export const CLAIM_SERVICE_ID = 'fundbuero-anspruch';

/**
 * "Das gehört mir": a new claim draft on this device with the item's number filled in, opened at
 * the proof question (the number page stays reachable by the back link and from "check your
 * answers"). Works offline like every draft; it is sent when the device is online. Undefined
 * while the catalogue (precached by the service worker) is not loaded yet.
 */
export async function startClaim(itemNumber: string): Promise<string | undefined> {
  const service = catalogue.value ? lookupService(catalogue.value, CLAIM_SERVICE_ID) : undefined;
  if (!service) return undefined;
  const draft = await createDraft(service);
  await saveAnswers(draft.id, { itemId: itemNumber });
  return formPagePath(service.id, draft.id, service.pages[1].id);
}
