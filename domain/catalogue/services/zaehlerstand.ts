import type { FormService } from '../service-definition';
import { MAX_UPLOAD_BYTES, METER_NUMBER_PATTERN, PHOTO_TYPES } from './gartenwasserzaehler';

/**
 * Zählerstand Gartenwasserzähler melden: once a year the citizen reports the garden meter's
 * reading, which is deducted from the wastewater charge. A reading below the last known one is
 * possible (meter replaced) but usually a typo, so the form warns instead of refusing.
 */
export const ZAEHLERSTAND: FormService = {
  id: 'zaehlerstand',
  version: 1,
  kind: 'form',
  topic: 'wasser',
  title: { de: 'Zählerstand Gartenwasserzähler melden', en: 'Report your garden water meter reading', 'de-x-easy': 'Zahl vom Garten·wasser·zähler melden' },
  summary: {
    de: 'Melden Sie einmal im Jahr den Stand Ihres Gartenwasserzählers.',
    en: 'Report the reading of your garden water meter once a year.',
    'de-x-easy': 'Einmal im Jahr schreiben Sie uns die Zahl vom Zähler im Garten.',
  },
  namespace: 'zaehlerstand',
  submission: 'report',
  referencePrefix: 'ZST',
  routing: { kind: 'department', department: 'abwasser' },
  fee: { kind: 'free' },
  retentionDays: 3650,
  privacy: { basis: 'e', law: '§§ 4, 6 KAG NRW, Entwässerungsgebührensatzung', recipients: [] },
  pages: [
    { id: 'zaehler', fields: ['meterNumber'] },
    { id: 'stand', fields: ['reading', 'readingDate'] },
    { id: 'foto', fields: ['photo'] },
  ],
  fields: {
    meterNumber: { type: 'text', required: true, maxLength: 20, pattern: METER_NUMBER_PATTERN, width: 20 },
    reading: { type: 'number', required: true, min: 0, max: 99999, decimals: 3, unit: 'm³' },
    readingDate: { type: 'date', required: true, rule: 'past', maxDaysBack: 90 },
    photo: { type: 'file', required: false, maxFiles: 1, accept: PHOTO_TYPES, maxBytes: MAX_UPLOAD_BYTES },
  },
  warningRules: [
    {
      kind: 'notBelowPrevious',
      field: 'reading',
      code: 'belowPrevious',
      keyField: 'meterNumber',
      sources: [
        { serviceId: 'gartenwasserzaehler', field: 'initialReading', keyField: 'meterNumber' },
        { serviceId: 'zaehlerstand', field: 'reading', keyField: 'meterNumber' },
      ],
    },
  ],
};
