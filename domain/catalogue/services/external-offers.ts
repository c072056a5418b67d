import type { ExternalService } from '../service-definition';

/**
 * The city's online offers that live elsewhere, listed with the portal's own services so
 * citizens find everything in one place. Addresses are the city's public sites as known at the
 * time of writing; the city confirms them before going live.
 */
function external(id: string, url: string, title: ExternalService['title'], summary: ExternalService['summary']): ExternalService {
  return { id, version: 1, kind: 'external', topic: 'weitere', url, title, summary };
}

export const EXTERNAL_OFFERS: readonly ExternalService[] = [
  external(
    'stadtbuecherei',
    'https://www.werne.de/stadtbuecherei',
    { de: 'Katalog der Stadtbücherei', en: 'Public library catalogue', 'de-x-easy': 'Bücher in der Stadt·bücherei suchen' },
    {
      de: 'Medien suchen, vormerken und verlängern.',
      en: 'Search, reserve and renew books and media.',
      'de-x-easy': 'Sie suchen ein Buch. Hier sehen Sie: Hat die Stadt·bücherei das Buch?',
    },
  ),
  external(
    'vhs',
    'https://www.vhs-werne.de',
    { de: 'Kursprogramm der Volkshochschule', en: 'Adult education courses', 'de-x-easy': 'Kurse für Erwachsene' },
    {
      de: 'Kurse der Volkshochschule finden und buchen.',
      en: 'Find and book courses of the adult education centre.',
      'de-x-easy': 'Sie möchten etwas lernen? Die Volks·hoch·schule hat viele Kurse.',
    },
  ),
  external(
    'ratsinfo',
    'https://www.werne.de/ratsinformationssystem',
    { de: 'Ratsinformationssystem', en: 'Council information system', 'de-x-easy': 'Was der Stadt·rat macht' },
    {
      de: 'Sitzungen, Tagesordnungen und Beschlüsse des Rates und der Ausschüsse.',
      en: 'Meetings, agendas and decisions of the council and its committees.',
      'de-x-easy': 'Hier sehen Sie: Wann trifft sich der Stadt·rat? Was hat der Stadt·rat beschlossen?',
    },
  ),
  external(
    'bauleitplanung',
    'https://www.werne.de/bauleitplanung',
    { de: 'Bauleitplanung', en: 'Urban land-use planning', 'de-x-easy': 'Pläne für neue Häuser und Straßen' },
    {
      de: 'Bebauungspläne einsehen und sich an laufenden Verfahren beteiligen.',
      en: 'View development plans and take part in current consultations.',
      'de-x-easy': 'Die Stadt plant neue Häuser oder Straßen. Hier sehen Sie die Pläne. Sie können Ihre Meinung sagen.',
    },
  ),
  external(
    'stellenangebote',
    'https://www.werne.de/stellenangebote',
    { de: 'Stellenangebote der Stadt', en: 'Jobs at the city', 'de-x-easy': 'Arbeit bei der Stadt' },
    {
      de: 'Offene Stellen und Ausbildungsplätze bei der Stadt.',
      en: 'Vacancies and apprenticeships at the city.',
      'de-x-easy': 'Sie suchen Arbeit? Hier sehen Sie freie Stellen bei der Stadt.',
    },
  ),
];
