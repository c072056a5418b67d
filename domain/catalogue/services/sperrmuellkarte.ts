import { VG_GELSENKIRCHEN } from '../legal-remedy';
import { HOUSE_NUMBER_FIELD, POSTCODE_FIELD } from './address-fields';
import type { FieldDefinition, FormService } from '../service-definition';

/**
 * Sperrmüllkarte (bulky-waste pickup card): the citizen orders a pickup of bulky waste at their
 * address. Version 1 asked for a free preferred date; version 2 offers the real pickup days of
 * the citizen's district (slots) and charges the fee. Requests made with version 1 keep it.
 */
const ITEMS: FieldDefinition = {
  type: 'checkboxes',
  required: false,
  options: ['moebel', 'matratzen', 'teppiche', 'holz', 'metall', 'sonstiges'],
};

const HOUSE_NUMBER = HOUSE_NUMBER_FIELD;
const POSTCODE = POSTCODE_FIELD;

const CROSS_FIELD_RULES = [
  // Either a ticked item or a description: the crew must know what to load.
  {
    field: 'items',
    code: 'noneChosen',
    require: { any: [{ field: 'items', filled: true }, { field: 'itemsOther', filled: true }] },
  },
  {
    field: 'itemsOther',
    code: 'describeOther',
    when: { field: 'items', includes: 'sonstiges' },
    require: { field: 'itemsOther', filled: true },
  },
] as const;

const TITLE = { de: 'Sperrmüllkarte', en: 'Bulky waste pickup', 'de-x-easy': 'Sperr·müll abholen lassen' };

export const SPERRMUELLKARTE_V1: FormService = {
  id: 'sperrmuellkarte',
  version: 1,
  kind: 'form',
  topic: 'abfall',
  title: TITLE,
  summary: {
    de: 'Abholung von Sperrmüll an Ihrer Adresse bestellen.',
    en: 'Order a pickup of bulky waste at your address.',
    'de-x-easy': 'Sie haben große Sachen zum Weg·werfen. Zum Beispiel alte Möbel. Wir holen die Sachen ab.',
  },
  namespace: 'sperrmuellkarte',
  referencePrefix: 'SPM',
  routing: { kind: 'department', department: 'abfall' },
  legalRemedy: VG_GELSENKIRCHEN,
  processingDays: 14,
  fee: { kind: 'free' },
  retentionDays: 730,
  privacy: { basis: 'e', law: '§ 20 KrWG, § 5 LKrWG NRW, Abfallsatzung', recipients: ['contractor'] },
  pages: [
    { id: 'gegenstaende', fields: ['items', 'itemsOther'] },
    { id: 'menge', fields: ['volume'] },
    { id: 'adresse', fields: ['street', 'houseNumber', 'postcode'] },
    { id: 'termin', fields: ['pickupDate'] },
    { id: 'telefon', fields: ['phone'] },
  ],
  fields: {
    items: ITEMS,
    itemsOther: { type: 'text', required: false, maxLength: 200 },
    volume: { type: 'number', required: true, min: 0.5, max: 5, decimals: 1, unit: 'm³' },
    street: { type: 'text', required: true, maxLength: 80, autocomplete: 'address-line1', prefillFrom: 'street' },
    houseNumber: HOUSE_NUMBER,
    postcode: POSTCODE,
    pickupDate: { type: 'date', required: true, rule: 'futureWeekday', maxDaysAhead: 180 },
    phone: { type: 'tel', required: false, prefillFrom: 'phone' },
  },
  crossFieldRules: CROSS_FIELD_RULES,
};

export const SPERRMUELLKARTE_V2: FormService = {
  ...SPERRMUELLKARTE_V1,
  version: 2,
  summary: {
    de: 'Abholung von Sperrmüll an Ihrer Adresse bestellen und bezahlen, mit Wunschtermin.',
    en: 'Order and pay for a pickup of bulky waste at your address, on a day you choose.',
    'de-x-easy': 'Sie haben große Sachen zum Weg·werfen. Zum Beispiel alte Möbel. Wir holen die Sachen ab. Sie suchen den Tag aus. Das kostet Geld.',
  },
  // Sample tariff: 20 € including 2 m³, 10 € for every further started m³.
  fee: { kind: 'perUnit', field: 'volume', baseCents: 2000, includedUnits: 2, centsPerUnit: 1000 },
  pages: [
    { id: 'gegenstaende', fields: ['items', 'itemsOther'] },
    { id: 'menge', fields: ['volume'] },
    { id: 'adresse', fields: ['street', 'houseNumber', 'postcode'] },
    { id: 'termin', fields: ['pickupSlot'] },
    { id: 'telefon', fields: ['phone'] },
  ],
  fields: {
    items: ITEMS,
    itemsOther: { type: 'text', required: false, maxLength: 200 },
    volume: { type: 'number', required: true, min: 0.5, max: 5, decimals: 1, unit: 'm³' },
    street: { type: 'street', required: true, prefillFrom: 'street' },
    houseNumber: HOUSE_NUMBER,
    postcode: POSTCODE,
    pickupSlot: { type: 'slot', required: true, pool: 'sperrmuell', districtFrom: 'street' },
    phone: { type: 'tel', required: false, prefillFrom: 'phone' },
  },
};
