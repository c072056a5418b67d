import type { ServiceDefinition } from './service-definition';

/**
 * Sperrmüllkarte (bulky-waste pickup card): the citizen orders a pickup of bulky waste
 * at their address on a preferred weekday.
 */
export const SPERRMUELLKARTE: ServiceDefinition = {
  id: 'sperrmuellkarte',
  version: 1,
  namespace: 'sperrmuellkarte',
  referencePrefix: 'SPM',
  department: 'abfall',
  pages: [
    { id: 'gegenstaende', fields: ['items', 'itemsOther'] },
    { id: 'menge', fields: ['volume'] },
    { id: 'adresse', fields: ['street', 'houseNumber', 'postcode'] },
    { id: 'termin', fields: ['pickupDate'] },
    { id: 'telefon', fields: ['phone'] },
  ],
  fields: {
    items: {
      type: 'checkboxes',
      required: false,
      options: ['moebel', 'matratzen', 'teppiche', 'holz', 'metall', 'sonstiges'],
    },
    itemsOther: { type: 'text', required: false, maxLength: 200 },
    volume: { type: 'number', required: true, min: 0.5, max: 5, decimals: 1, unit: 'm³' },
    street: { type: 'text', required: true, maxLength: 80, autocomplete: 'address-line1', prefillFrom: 'street' },
    houseNumber: {
      type: 'text',
      required: true,
      maxLength: 10,
      pattern: '^[0-9]{1,4}\\s?[a-zA-Z]?(\\s?[-/]\\s?[0-9]{1,4}\\s?[a-zA-Z]?)?$',
      width: 5,
      prefillFrom: 'houseNumber',
    },
    postcode: {
      type: 'text',
      required: true,
      maxLength: 5,
      pattern: '^[0-9]{5}$',
      autocomplete: 'postal-code',
      width: 5,
      prefillFrom: 'postcode',
    },
    pickupDate: { type: 'date', required: true, rule: 'futureWeekday', maxDaysAhead: 180 },
    phone: { type: 'tel', required: false, prefillFrom: 'phone' },
  },
  crossFieldRules: [
    {
      // Either a ticked item or a description: the crew must know what to load.
      field: 'items',
      code: 'noneChosen',
      holds: (a) =>
        (Array.isArray(a.items) && a.items.length > 0) ||
        (typeof a.itemsOther === 'string' && a.itemsOther.trim() !== ''),
    },
    {
      field: 'itemsOther',
      code: 'describeOther',
      holds: (a) =>
        !(Array.isArray(a.items) && a.items.includes('sonstiges')) ||
        (typeof a.itemsOther === 'string' && a.itemsOther.trim() !== ''),
    },
  ],
};
