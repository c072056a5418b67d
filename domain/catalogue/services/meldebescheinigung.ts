import { VG_GELSENKIRCHEN } from '../legal-remedy';
import type { FormService } from '../service-definition';

/**
 * Meldebescheinigung (certificate of residence, § 18 BMG): the registration office certifies
 * where a person is registered. It discloses register data to whoever holds it, so the portal
 * asks for proof of identity first: a BundID login at trust level `substantiell` (e.g. the online
 * ID card). The citizen chooses the simple certificate (name, address, date of moving in) or the
 * extended one (all data of § 18 Abs. 2 BMG), says what it is for and how to receive it.
 */
export const MELDEBESCHEINIGUNG: FormService = {
  id: 'meldebescheinigung',
  version: 1,
  kind: 'form',
  topic: 'buergerbuero',
  title: { de: 'Meldebescheinigung beantragen', en: 'Apply for a certificate of residence', 'de-x-easy': 'Melde·bescheinigung beantragen' },
  summary: {
    de: 'Bescheinigung über Ihre Anmeldung in der Stadt, zum Beispiel für eine Behörde oder Ihren Arbeitgeber. Mit BundID und Online-Ausweis.',
    en: 'A certificate of where you are registered, for example for an authority or your employer. With BundID and your online ID card.',
    'de-x-easy': 'Ein Papier von der Stadt. Darauf steht: Hier wohnen Sie. Sie brauchen dafür BundID.',
  },
  namespace: 'meldebescheinigung',
  referencePrefix: 'MBS',
  routing: { kind: 'department', department: 'buergerbuero' },
  legalRemedy: VG_GELSENKIRCHEN,
  processingDays: 5,
  // The certificate shows register data to whoever holds it: only a proven identity may ask.
  trustLevel: 'substantiell',
  // Example fee (cities in NRW charge about 5 to 10 € under their fee statutes): set by the city.
  fee: { kind: 'fixed', cents: 700 },
  // The request itself is of no use once the certificate is sent; kept a year for queries.
  retentionDays: 365,
  privacy: { basis: 'e', law: '§ 18 BMG', recipients: [] },
  pages: [
    { id: 'art', fields: ['kind'] },
    { id: 'zweck', fields: ['purpose'] },
    { id: 'zustellung', fields: ['delivery'] },
  ],
  fields: {
    kind: { type: 'radios', required: true, options: ['einfach', 'erweitert'] },
    purpose: { type: 'text', required: true, maxLength: 200 },
    delivery: { type: 'radios', required: true, options: ['postfach', 'post'] },
  },
};
