import { VG_GELSENKIRCHEN } from '../legal-remedy';
import type { FormService } from '../service-definition';

/**
 * Termin im Bürgerbüro (citizens' office appointment): the citizen says what they come for and
 * wishes a 20-minute slot; the server confirms the slot when it routes the request, or offers
 * the nearest free ones. Free of charge (the fees of ID cards etc. are paid at the counter).
 */
export const TERMIN_BUERGERBUERO_V1: FormService = {
  id: 'termin-buergerbuero',
  version: 1,
  kind: 'form',
  topic: 'buergerbuero',
  title: { de: 'Termin im Bürgerbüro', en: "Appointment at the citizens' office", 'de-x-easy': 'Einen Termin im Bürger·büro machen' },
  summary: {
    de: 'Einen Termin im Bürgerbüro buchen, zum Beispiel für den Personalausweis oder eine Ummeldung.',
    en: "Book an appointment at the citizens' office, for example for an ID card or to register a move.",
    'de-x-easy': 'Sie wollen ins Bürger·büro kommen. Zum Beispiel für einen neuen Ausweis. Hier suchen Sie einen Termin aus.',
  },
  namespace: 'termin',
  submission: 'appointment',
  referencePrefix: 'TBB',
  routing: { kind: 'department', department: 'buergerbuero' },
  legalRemedy: VG_GELSENKIRCHEN,
  processingDays: 7,
  fee: { kind: 'free' },
  // Appointment requests are of no use once the day has passed; kept half a year for queries.
  retentionDays: 180,
  privacy: { basis: 'e', law: '§ 3 DSG NRW, § 3 GO NRW', recipients: [] },
  pages: [
    { id: 'anliegen', fields: ['concern', 'concernOther'] },
    { id: 'personen', fields: ['persons'] },
    { id: 'termin', fields: ['slot'] },
    { id: 'kontakt', fields: ['name', 'email'] },
  ],
  fields: {
    concern: {
      type: 'radios',
      required: true,
      options: ['personalausweis', 'reisepass', 'anmeldung', 'meldebescheinigung', 'fuehrungszeugnis', 'sonstiges'],
    },
    concernOther: {
      type: 'text',
      required: true,
      maxLength: 200,
      showWhen: { field: 'concern', equals: 'sonstiges' },
    },
    // Each person needs their own counter time; more than four come as separate appointments.
    persons: { type: 'number', required: true, min: 1, max: 4, decimals: 0, unit: '' },
    slot: { type: 'slot', required: true, pool: 'buergerbuero' },
    name: { type: 'text', required: true, maxLength: 100, autocomplete: 'name', prefillFrom: 'name' },
    email: { type: 'email', required: true, prefillFrom: 'email' },
  },
};
