import type { CityConfig } from '../city-config';
import { WERNE_WASTE_CALENDAR } from './werne-abfallkalender';
import { WERNE_STREETS } from './werne-streets';

/**
 * Stadt Werne, the first city. EXAMPLE VALUES where marked: the names of people, the mail
 * addresses (`.example`), the VAT id and the opening hours are placeholders the city replaces
 * before going live. The emblem is an original drawing (a tower over the river Lippe), not the
 * city's coat of arms, whose use is regulated.
 */
export const WERNE: CityConfig = {
  id: 'werne',
  example: true,
  name: 'Werne',
  authority: 'Stadt Werne',
  legalForm: 'Körperschaft des öffentlichen Rechts',
  portalName: 'Bürgerportal Werne',
  shortName: 'Bürgerportal',
  description:
    'Anliegen an die Stadt Werne online erledigen – Anträge vorbereiten, auch ohne Internetverbindung, und den Bearbeitungsstand verfolgen.',
  emblemSvg:
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 28" width="24" height="28" aria-hidden="true" focusable="false"><path d="M2 2h20v12c0 6-5 10-10 12C7 24 2 20 2 14z" fill="#fff"/><path d="M8 7h2v2h1V7h2v2h1V7h2v9H8z" fill="#12436d"/><path d="M5 19.5q3.5-2 7 0t7 0" fill="none" stroke="#12436d" stroke-width="1.6"/></svg>',
  colours: { primary: '#12436d', onPrimary: '#ffffff', link: '#1d70b8', background: '#ffffff' },
  address: { street: 'Konrad-Adenauer-Platz 1', postcode: '59368', town: 'Werne' },
  contact: { phone: '02389 71-0', email: 'buergerportal@stadt-werne.example', web: 'https://www.werne.de' },
  openingHours: [
    { days: ['mo', 'tu', 'we', 'th', 'fr'], from: '08:00', to: '12:30' },
    { days: ['th'], from: '14:00', to: '18:00' },
  ],
  footerLinks: [{ label: { de: 'Internetseite der Stadt Werne', en: 'Website of the town of Werne', 'de-x-easy': 'Internet·seite von der Stadt Werne' }, href: 'https://www.werne.de' }],
  legal: {
    representative: { name: 'Erika Beispiel (Beispielname)', title: 'Bürgermeisterin' },
    vatId: 'DE000000000 (Beispiel)',
    supervisoryAuthority: {
      name: 'Landrat des Kreises Unna als untere staatliche Verwaltungsbehörde',
      address: { street: 'Friedrich-Ebert-Straße 17', postcode: '59425', town: 'Unna' },
      web: 'https://www.kreis-unna.de',
    },
    editorialResponsibility: {
      name: 'Max Beispiel (Beispielname), Pressestelle',
      address: { street: 'Konrad-Adenauer-Platz 1', postcode: '59368', town: 'Werne' },
    },
  },
  accessibilityContact: { email: 'barrierefreiheit@stadt-werne.example', phone: '02389 71-0' },
  dataProtectionOfficer: {
    name: 'Datenschutzbeauftragte der Stadt Werne',
    address: { street: 'Konrad-Adenauer-Platz 1', postcode: '59368', town: 'Werne' },
    email: 'datenschutz@stadt-werne.example',
    phone: '02389 71-0',
  },
  dataProtectionAuthority: {
    name: 'Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen',
    address: { street: 'Kavalleriestraße 2–4', postcode: '40213', town: 'Düsseldorf' },
    web: 'https://www.ldi.nrw.de',
  },
  mailFrom: 'Bürgerportal Werne <buergerportal@werne.example>',
  streets: WERNE_STREETS,
  wasteCalendar: WERNE_WASTE_CALENDAR,
};
