import type { FormService } from '../service-definition';

/**
 * Beschwerde, Lob und Anregung: anything a citizen wants to tell the city. The topic decides the
 * department; everything else goes to the central complaints office.
 */
export const ANREGUNG: FormService = {
  id: 'anregung',
  version: 1,
  kind: 'form',
  topic: 'anliegen',
  title: { de: 'Beschwerde, Lob und Anregung', en: 'Complaint, praise or suggestion', 'de-x-easy': 'Ihre Meinung: Ärger, Lob oder Idee' },
  summary: {
    de: 'Sagen Sie der Stadt, was Sie stört, was Ihnen gefällt oder was besser werden kann.',
    en: 'Tell the city what bothers you, what you like, or what could be better.',
    'de-x-easy': 'Was stört Sie? Was ist gut? Was kann die Stadt besser machen? Sagen Sie es uns.',
  },
  namespace: 'anregung',
  submission: 'feedback',
  referencePrefix: 'BLA',
  routing: {
    kind: 'byAnswer',
    field: 'topic',
    map: { abfall: 'abfall', strassen: 'tiefbau', gruen: 'gruen', ordnung: 'ordnung', buergerbuero: 'buergerbuero', wasser: 'abwasser', planung: 'planung' },
    default: 'zentrale',
  },
  fee: { kind: 'free' },
  retentionDays: 730,
  privacy: { basis: 'e', law: '§ 24 GO NRW, § 3 DSG NRW', recipients: [] },
  pages: [
    { id: 'art', fields: ['kind'] },
    { id: 'thema', fields: ['topic'] },
    { id: 'nachricht', fields: ['message'] },
    { id: 'antwort', fields: ['wantsReply'] },
  ],
  fields: {
    kind: { type: 'radios', required: true, options: ['beschwerde', 'lob', 'anregung'] },
    topic: { type: 'radios', required: true, options: ['abfall', 'strassen', 'gruen', 'ordnung', 'buergerbuero', 'wasser', 'planung', 'sonstiges'] },
    message: { type: 'textarea', required: true, maxLength: 2000 },
    wantsReply: { type: 'radios', required: true, options: ['ja', 'nein'] },
  },
};
