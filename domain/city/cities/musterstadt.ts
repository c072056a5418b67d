import type { CityConfig } from '../city-config';
import { MUSTERSTADT_CALENDAR, MUSTERSTADT_STREETS } from './musterstadt-streets';

/**
 * A second, invented city: it proves that a municipality adopts the portal by configuration
 * alone (`CITY=musterstadt`), and the tests run the colour checks on a palette other than
 * Werne's. EVERY VALUE IS AN EXAMPLE.
 */
export const MUSTERSTADT: CityConfig = {
  id: 'musterstadt',
  example: true,
  name: 'Musterstadt',
  authority: 'Gemeinde Musterstadt',
  legalForm: 'Körperschaft des öffentlichen Rechts',
  portalName: 'Bürgerportal Musterstadt',
  shortName: 'Musterstadt',
  description: 'Anliegen an die Gemeinde Musterstadt online erledigen, auch ohne Internetverbindung.',
  emblemSvg:
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 28" width="24" height="28" aria-hidden="true" focusable="false"><path d="M2 2h20v12c0 6-5 10-10 12C7 24 2 20 2 14z" fill="#fff"/><circle cx="12" cy="10" r="5" fill="#7a1e2c"/><path d="M11 14h2v7h-2z" fill="#7a1e2c"/></svg>',
  colours: { primary: '#7a1e2c', onPrimary: '#ffffff', link: '#005a70', background: '#ffffff' },
  address: { street: 'Marktplatz 1', postcode: '12345', town: 'Musterstadt' },
  contact: { phone: '01234 5678-0', email: 'rathaus@musterstadt.example', web: 'https://www.musterstadt.example' },
  openingHours: [{ days: ['mo', 'tu', 'we', 'fr'], from: '09:00', to: '12:00' }],
  footerLinks: [],
  legal: {
    representative: { name: 'Max Muster (Beispielname)', title: 'Bürgermeister' },
    supervisoryAuthority: {
      name: 'Landkreis Musterkreis – Kommunalaufsicht',
      address: { street: 'Kreishausstraße 1', postcode: '12340', town: 'Musterkreisstadt' },
      web: 'https://www.musterkreis.example',
    },
    editorialResponsibility: {
      name: 'Max Muster (Beispielname)',
      address: { street: 'Marktplatz 1', postcode: '12345', town: 'Musterstadt' },
    },
  },
  accessibilityContact: { email: 'barrierefreiheit@musterstadt.example', phone: '01234 5678-0' },
  dataProtectionOfficer: {
    name: 'Datenschutzbeauftragter der Gemeinde Musterstadt',
    address: { street: 'Marktplatz 1', postcode: '12345', town: 'Musterstadt' },
    email: 'datenschutz@musterstadt.example',
    phone: '01234 5678-0',
  },
  dataProtectionAuthority: {
    name: 'Die Landesbeauftragte für den Datenschutz Niedersachsen',
    address: { street: 'Prinzenstraße 5', postcode: '30159', town: 'Hannover' },
    web: 'https://www.lfd.niedersachsen.de',
  },
  mailFrom: 'Bürgerportal Musterstadt <portal@musterstadt.example>',
  streets: MUSTERSTADT_STREETS,
  wasteCalendar: MUSTERSTADT_CALENDAR,
};
