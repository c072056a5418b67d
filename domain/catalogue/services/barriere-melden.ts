import type { FormService } from '../service-definition';

/**
 * Barriere melden: the feedback mechanism every accessibility statement must link to
 * (Art. 7 Abs. 1 b Richtlinie (EU) 2016/2102; in NRW § 10b Abs. 2 Nr. 2 BGG NRW). A citizen
 * reports a barrier in the portal or asks for content in an accessible form. It goes to the
 * city's accessibility officer, who must answer within an appropriate time: two to at most six
 * weeks by § 5 Abs. 2 BITVNRW; the portal counts the maximum from the day of receipt and shows
 * the date to the citizen and the clerk. (The federal one-month rule of § 12b Abs. 4 BGG binds
 * only federal bodies, not a municipality in NRW.)
 */
export const BARRIERE_MELDEN: FormService = {
  id: 'barriere-melden',
  version: 1,
  kind: 'form',
  topic: 'anliegen',
  title: { de: 'Barriere melden', en: 'Report an accessibility barrier', 'de-x-easy': 'Barriere melden' },
  summary: {
    de: 'Etwas im Bürgerportal können Sie nicht gut nutzen? Melden Sie uns die Barriere oder fordern Sie Inhalte in barrierefreier Form an.',
    en: 'Something in the portal is hard for you to use? Report the barrier or ask for content in an accessible format.',
    'de-x-easy': 'Sie können hier etwas nicht gut machen? Dann sagen Sie es uns.',
  },
  namespace: 'barriere-melden',
  submission: 'report',
  referencePrefix: 'BFR',
  routing: { kind: 'department', department: 'barrierefreiheit' },
  fee: { kind: 'free' },
  replyDeadline: { days: 42, legalBasis: '§ 5 Abs. 2 BITVNRW' },
  retentionDays: 1095,
  privacy: { basis: 'c', law: '§ 10b BGG NRW, § 12b BGG NRW', recipients: [] },
  pages: [
    { id: 'anliegen', fields: ['kind'] },
    { id: 'ort', fields: ['area', 'pageName'] },
    { id: 'barriere', fields: ['barrier'] },
    { id: 'hilfsmittel', fields: ['assistiveTech'] },
    { id: 'antwort', fields: ['contact', 'email', 'phone'] },
  ],
  fields: {
    kind: { type: 'radios', required: true, options: ['barriere', 'inhalt'] },
    area: {
      type: 'radios',
      required: true,
      options: ['startseite', 'leistung', 'anmeldung', 'antraege', 'abfallkalender', 'fundsachen', 'dokument', 'sonstiges'],
    },
    pageName: { type: 'text', required: false, maxLength: 300 },
    barrier: { type: 'textarea', required: true, maxLength: 2000 },
    assistiveTech: {
      type: 'checkboxes',
      required: false,
      options: ['screenreader', 'vergroesserung', 'tastatur', 'spracheingabe', 'kontrast', 'leichtesprache', 'andere'],
    },
    contact: { type: 'radios', required: true, options: ['postfach', 'email', 'telefon'] },
    email: { type: 'email', required: true, prefillFrom: 'email', showWhen: { field: 'contact', equals: 'email' } },
    phone: { type: 'tel', required: true, prefillFrom: 'phone', showWhen: { field: 'contact', equals: 'telefon' } },
  },
};
