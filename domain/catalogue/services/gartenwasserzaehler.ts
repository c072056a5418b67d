import { VG_GELSENKIRCHEN } from '../legal-remedy';
import type { FormService } from '../service-definition';
import { HOUSE_NUMBER_FIELD, POSTCODE_FIELD, STREET_FIELD } from './address-fields';

/** Images a phone takes, and PDF for scanned certificates. */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic'] as const;
export const DOCUMENT_TYPES = [...PHOTO_TYPES, 'application/pdf'] as const;
/** Phone photos are 2–8 MB; 10 MB leaves room without inviting videos. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** Meter numbers are printed on the meter: letters, digits, dashes; 4 to 20 characters. */
export const METER_NUMBER_PATTERN = '^[A-Za-z0-9][A-Za-z0-9-/ ]{2,18}[A-Za-z0-9]$';

/**
 * Gartenwasserzähler anmelden: a garden water meter measures water that never reaches the sewer
 * (garden watering), so the Kommunalbetrieb deducts it from the wastewater charge. The meter must
 * be installed by a licensed company; the city wants a photo of the meter and the certificate.
 */
export const GARTENWASSERZAEHLER: FormService = {
  id: 'gartenwasserzaehler',
  version: 1,
  kind: 'form',
  topic: 'wasser',
  title: { de: 'Gartenwasserzähler anmelden', en: 'Register a garden water meter', 'de-x-easy': 'Garten·wasser·zähler anmelden' },
  summary: {
    de: 'Melden Sie Ihren Gartenwasserzähler an, damit das Wasser für den Garten nicht als Abwasser berechnet wird.',
    en: 'Register your garden water meter so that water for your garden is not charged as wastewater.',
    'de-x-easy': 'Sie haben einen Zähler für das Wasser im Garten. Melden Sie den Zähler an. Dann bezahlen Sie für dieses Wasser weniger.',
  },
  namespace: 'gartenwasserzaehler',
  referencePrefix: 'GWZ',
  routing: { kind: 'department', department: 'abwasser' },
  legalRemedy: VG_GELSENKIRCHEN,
  processingDays: 28,
  // Sample fee for checking and registering the meter.
  fee: { kind: 'fixed', cents: 2500 },
  // Wastewater charges can be reassessed for years: the registration is kept for ten.
  retentionDays: 3650,
  privacy: { basis: 'e', law: '§§ 4, 6 KAG NRW, Entwässerungsgebührensatzung', recipients: [] },
  pages: [
    { id: 'zaehler', fields: ['meterNumber'] },
    { id: 'einbau', fields: ['installDate', 'initialReading'] },
    { id: 'firma', fields: ['installer'] },
    { id: 'adresse', fields: ['street', 'houseNumber', 'postcode'] },
    { id: 'foto-zaehler', fields: ['meterPhoto'] },
    { id: 'bescheinigung', fields: ['certificate'] },
    { id: 'telefon', fields: ['phone'] },
  ],
  fields: {
    meterNumber: { type: 'text', required: true, maxLength: 20, pattern: METER_NUMBER_PATTERN, width: 20 },
    installDate: { type: 'date', required: true, rule: 'past', maxDaysBack: 3650 },
    initialReading: { type: 'number', required: true, min: 0, max: 99999, decimals: 3, unit: 'm³' },
    installer: { type: 'text', required: true, maxLength: 120, autocomplete: 'organization' },
    street: STREET_FIELD,
    houseNumber: HOUSE_NUMBER_FIELD,
    postcode: POSTCODE_FIELD,
    meterPhoto: { type: 'file', required: true, maxFiles: 1, accept: PHOTO_TYPES, maxBytes: MAX_UPLOAD_BYTES },
    certificate: { type: 'file', required: true, maxFiles: 1, accept: DOCUMENT_TYPES, maxBytes: MAX_UPLOAD_BYTES },
    phone: { type: 'tel', required: false, prefillFrom: 'phone' },
  },
};
