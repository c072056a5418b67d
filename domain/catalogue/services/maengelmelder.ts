import type { FormService } from '../service-definition';
import { MAX_UPLOAD_BYTES, PHOTO_TYPES } from './gartenwasserzaehler';

/**
 * Mängelmelder: report a defect in public space. The category decides who fixes it; the place
 * is an address or a position from the device (only when the citizen asks for it), and an
 * address always works, so nobody depends on location services.
 */
export const MAENGELMELDER: FormService = {
  id: 'maengelmelder',
  version: 1,
  kind: 'form',
  topic: 'strasse',
  title: { de: 'Mängelmelder', en: 'Report a problem in public space', 'de-x-easy': 'Schaden melden' },
  summary: {
    de: 'Melden Sie Schlaglöcher, defekte Straßenlaternen, wilden Müll, Graffiti oder beschädigte Schilder.',
    en: 'Report potholes, broken street lights, illegal dumping, graffiti or damaged signs.',
    'de-x-easy': 'Auf der Straße ist etwas kaputt. Zum Beispiel eine Lampe. Oder jemand hat Müll hingeworfen. Sagen Sie es uns.',
  },
  namespace: 'maengelmelder',
  submission: 'report',
  referencePrefix: 'MM',
  routing: {
    kind: 'byAnswer',
    field: 'category',
    map: { schlagloch: 'tiefbau', strassenlaterne: 'tiefbau', schild: 'tiefbau', muell: 'abfall', graffiti: 'ordnung' },
    default: 'zentrale',
  },
  fee: { kind: 'free' },
  retentionDays: 365,
  privacy: { basis: 'e', law: '§ 3 DSG NRW, § 9 StrWG NRW', recipients: [] },
  pages: [
    { id: 'kategorie', fields: ['category'] },
    { id: 'ort-art', fields: ['locateBy'] },
    { id: 'adresse', fields: ['street', 'houseNumber', 'placeNote'], showWhen: { field: 'locateBy', equals: 'adresse' } },
    { id: 'position', fields: ['position'], showWhen: { field: 'locateBy', equals: 'position' } },
    { id: 'beschreibung', fields: ['description'] },
    { id: 'fotos', fields: ['photos'] },
    { id: 'rueckmeldung', fields: ['wantsFeedback', 'phone'] },
  ],
  fields: {
    category: { type: 'radios', required: true, options: ['schlagloch', 'strassenlaterne', 'muell', 'graffiti', 'schild', 'sonstiges'] },
    locateBy: { type: 'radios', required: true, options: ['adresse', 'position'] },
    street: { type: 'street', required: true },
    houseNumber: { type: 'text', required: false, maxLength: 10, pattern: '^[0-9]{1,4}\\s?[a-zA-Z]?$', width: 5 },
    placeNote: { type: 'text', required: false, maxLength: 200 },
    position: { type: 'location', required: true },
    description: { type: 'textarea', required: true, maxLength: 1000 },
    photos: { type: 'file', required: false, maxFiles: 3, accept: PHOTO_TYPES, maxBytes: MAX_UPLOAD_BYTES },
    wantsFeedback: { type: 'radios', required: true, options: ['ja', 'nein'] },
    phone: { type: 'tel', required: false, prefillFrom: 'phone', showWhen: { field: 'wantsFeedback', equals: 'ja' } },
  },
};
