import { VG_GELSENKIRCHEN } from '../legal-remedy';
import { FOUND_ITEM_NUMBER_PATTERN } from '../../fundsachen/found-item';
import type { FormService } from '../service-definition';

/**
 * "Das gehört mir" (this is mine): a claim for an item on the public list of found items. It is
 * an ordinary request, so it is drafted offline, synced and routed like every other; the item's
 * number comes prefilled from the list. When the clerk completes it (handed over), the item is
 * marked returned and leaves the public list (server/fundsachen, claim follower).
 */
export const FUNDBUERO_ANSPRUCH_V1: FormService = {
  id: 'fundbuero-anspruch',
  version: 1,
  kind: 'form',
  topic: 'fundbuero',
  title: { de: 'Fundsache abholen', en: 'Claim a found item', 'de-x-easy': 'Eine Fund·sache gehört Ihnen' },
  summary: {
    de: 'Eine Sache aus der Liste der Fundsachen gehört Ihnen? Beschreiben Sie, woran wir das erkennen.',
    en: 'Is an item on the list of found items yours? Tell us how we can recognise it.',
    'de-x-easy': 'Eine Sache aus der Liste ist von Ihnen? Sagen Sie uns: Wie sieht die Sache aus?',
  },
  namespace: 'fundsachen',
  referencePrefix: 'FBA',
  routing: { kind: 'department', department: 'fundbuero' },
  legalRemedy: VG_GELSENKIRCHEN,
  processingDays: 14,
  fee: { kind: 'free' },
  retentionDays: 365,
  privacy: { basis: 'e', law: '§§ 965–984 BGB, § 3 DSG NRW', recipients: ['finder'] },
  pages: [
    { id: 'fundsache', fields: ['itemId'] },
    { id: 'nachweis', fields: ['proof'] },
    { id: 'kontakt', fields: ['name', 'email', 'phone'] },
  ],
  fields: {
    itemId: { type: 'text', required: true, maxLength: 14, pattern: FOUND_ITEM_NUMBER_PATTERN, width: 15 },
    proof: { type: 'textarea', required: true, maxLength: 1000 },
    name: { type: 'text', required: true, maxLength: 100, autocomplete: 'name', prefillFrom: 'name' },
    email: { type: 'email', required: true, prefillFrom: 'email' },
    phone: { type: 'tel', required: false, prefillFrom: 'phone' },
  },
};
