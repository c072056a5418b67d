/**
 * The screen inventory: every screen of the citizen and clerk sides, how to reach it, and the
 * states it is checked in. The accessibility matrix (`a11y-matrix.spec.ts`) walks this list in
 * every language, colour scheme and viewport; `client/app/screen-inventory.test.ts` fails when a
 * route of `client/app/App.tsx` or a form service of the catalogue has no screen here, so a new
 * screen cannot skip the checks.
 *
 * Pure data (no Playwright import), so the inventory test runs in vitest without a browser.
 */

/** Who is signed in when the screen is opened (accounts made or seeded before the walk). */
export type Who =
  | 'anon' // nobody
  | 'citizen' // a citizen with requests: a routed Sperrmüllkarte, drafts of every service
  | 'newCitizen' // a citizen who has just registered: no requests, no messages
  | 'bundidCitizen' // a citizen logged in with BundID at "basis", a complete Meldebescheinigung draft
  | 'clerk' // Sachbearbeitung Abfallwirtschaft (demo account), sees the routed request
  | 'lead' // Fachdienstleitung Abfallwirtschaft (demo account)
  | 'fundbuero' // Sachbearbeitung Fundbüro (demo account), one found item entered
  | 'treasury' // Stadtkasse (demo account): imports bank statements
  | 'admin'; // Administration (demo account)

/** The state of the data when the page loads: nothing to show, nothing personal, or data. */
export type DataState = 'default' | 'empty' | 'filled';

/** States reached from the loaded page: a failed submit, and the device going offline. */
export type FurtherState = 'errors' | 'offline';

export type ScreenState = DataState | FurtherState;

export interface Screen {
  /** Unique, stable; used in reports and the summary. */
  id: string;
  /** The route of `client/app/App.tsx` this screen is an instance of (`*` is the default route). */
  route: string;
  /**
   * The address opened. `{name}` is a value the matrix creates before the walk (see
   * `support/matrix-fixtures.ts`): `routedId` (a citizen's Sperrmüllkarte, sent and routed to
   * Abfallwirtschaft), `completeDraftId` (a complete Sperrmüllkarte draft), `draft:<serviceId>`
   * (an empty draft of that service), `staffId` (the Abfall clerk's account), `appointmentId` (a
   * confirmed Bürgerbüro appointment of the citizen), `mapDraftId` (a Mängelmelder draft placed by
   * position, with another citizen's open report nearby), `trustDraftId` (the BundID citizen's
   * complete Meldebescheinigung draft, which "basis" may not send), `notSentId` (another such
   * draft, sent anyway and refused by the server: "Nicht gesendet").
   */
  path: string;
  who: Who;
  data: DataState;
  /** States reached from the loaded page, in this order. */
  also?: readonly FurtherState[];
  /** The button pressed for the `errors` state; default: the first submit button in main. */
  submit?: string;
  /** Waits for this before checking (default: the page's h1). */
  ready?: string;
}

/** The form services and the question page of each that is checked, one per question type. */
const FORM_PAGES: readonly { service: string; pages: readonly string[] }[] = [
  { service: 'sperrmuellkarte', pages: ['gegenstaende', 'menge', 'adresse', 'termin', 'telefon'] },
  { service: 'termin-buergerbuero', pages: ['anliegen', 'termin'] },
  { service: 'gartenwasserzaehler', pages: ['zaehler', 'einbau', 'foto-zaehler'] },
  { service: 'zaehlerstand', pages: ['zaehler'] },
  { service: 'maengelmelder', pages: ['kategorie', 'ort-art'] },
  { service: 'anregung', pages: ['art', 'nachricht'] },
  { service: 'fundbuero-verlust', pages: ['was', 'datum'] },
  { service: 'fundbuero-anspruch', pages: ['fundsache'] },
  { service: 'barriere-melden', pages: ['ort', 'antwort'] },
  { service: 'meldebescheinigung', pages: ['art', 'zweck', 'zustellung'] },
];

/** Form services as a list of ids: the inventory test compares it with the catalogue. */
export const FORM_SERVICE_IDS: readonly string[] = FORM_PAGES.map((f) => f.service);

const serviceScreens: Screen[] = FORM_PAGES.flatMap(({ service, pages }) => [
  { id: `service-start:${service}`, route: '/:serviceId', path: `/${service}`, who: 'citizen', data: 'default' } as Screen,
  ...pages.map(
    (page, i): Screen => ({
      id: `form:${service}/${page}`,
      route: '/:serviceId/:requestId/:pageId',
      path: `/${service}/{draft:${service}}/${page}`,
      who: 'citizen',
      data: 'empty',
      // The first page of each service with its error summary, and the Sperrmüllkarte's required
      // questions: every question type's error message is seen.
      also: i === 0 || (service === 'sperrmuellkarte' && page !== 'telefon') ? ['errors'] : undefined,
      submit: 'main form button[type="submit"]',
    }),
  ),
]);

export const SCREENS: readonly Screen[] = [
  // ——— Public ———
  { id: 'start', route: '/', path: '/', who: 'anon', data: 'default', also: ['offline'] },
  { id: 'start-signed-in', route: '/', path: '/', who: 'citizen', data: 'filled' },
  { id: 'login', route: '/anmelden', path: '/anmelden', who: 'anon', data: 'default', also: ['errors'] },
  { id: 'register', route: '/registrieren', path: '/registrieren', who: 'anon', data: 'default', also: ['errors'] },
  { id: 'forgot-password', route: '/passwort-vergessen', path: '/passwort-vergessen', who: 'anon', data: 'default', also: ['errors'] },
  // Without a token in the fragment the page says the link does not work and offers a new one.
  { id: 'confirm-email', route: '/email-bestaetigen', path: '/email-bestaetigen#AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', who: 'anon', data: 'default' },
  { id: 'new-password', route: '/passwort-neu', path: '/passwort-neu#AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', who: 'anon', data: 'default', also: ['errors'] },
  { id: 'set-password', route: '/zugang-einrichten', path: '/zugang-einrichten#AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', who: 'anon', data: 'default', also: ['errors'] },
  { id: 'waste-calendar', route: '/abfallkalender', path: '/abfallkalender', who: 'anon', data: 'default', also: ['errors', 'offline'] },
  // A street with two bins chosen, in the month of the Christmas moves; and its printable year.
  {
    id: 'waste-calendar-street',
    route: '/abfallkalender',
    path: '/abfallkalender?strasse=Stockumer%20Stra%C3%9Fe&monat=2026-12&arten=restmuell,papier',
    who: 'anon',
    data: 'filled',
    // The heading stays "Abfallkalender": the street's month is the mark.
    ready: '#month-title',
  },
  { id: 'waste-year', route: '/abfallkalender/jahr', path: '/abfallkalender/jahr?strasse=Steinstra%C3%9Fe&jahr=2027', who: 'anon', data: 'filled' },
  { id: 'found-items', route: '/fundsachen', path: '/fundsachen', who: 'anon', data: 'filled' },
  { id: 'service-start-anon', route: '/:serviceId', path: '/sperrmuellkarte', who: 'anon', data: 'default' },
  { id: 'accessibility-statement', route: '/barrierefreiheit', path: '/barrierefreiheit', who: 'anon', data: 'default' },
  { id: 'easy-language-start', route: '/leichte-sprache', path: '/leichte-sprache', who: 'anon', data: 'default' },
  { id: 'easy-language-glossary', route: '/leichte-sprache/woerterbuch', path: '/leichte-sprache/woerterbuch', who: 'anon', data: 'default' },
  { id: 'sign-language', route: '/gebaerdensprache', path: '/gebaerdensprache', who: 'anon', data: 'default' },
  { id: 'imprint', route: '/impressum', path: '/impressum', who: 'anon', data: 'default' },
  { id: 'privacy-notice', route: '/datenschutz', path: '/datenschutz', who: 'anon', data: 'default' },
  { id: 'not-found', route: '*', path: '/gibt/es/hier/leider/nicht', who: 'anon', data: 'default' },

  // ——— Citizens ———
  { id: 'my-requests-empty', route: '/meine-antraege', path: '/meine-antraege', who: 'newCitizen', data: 'empty' },
  { id: 'my-requests', route: '/meine-antraege', path: '/meine-antraege', who: 'citizen', data: 'filled', also: ['offline'] },
  { id: 'my-area-empty', route: '/mein-bereich', path: '/mein-bereich', who: 'newCitizen', data: 'empty' },
  { id: 'my-area', route: '/mein-bereich', path: '/mein-bereich', who: 'citizen', data: 'filled' },
  { id: 'profile', route: '/profil', path: '/profil', who: 'citizen', data: 'filled' },
  { id: 'change-password', route: '/profil/passwort', path: '/profil/passwort', who: 'newCitizen', data: 'default', also: ['errors'] },
  { id: 'change-email', route: '/profil/email', path: '/profil/email', who: 'newCitizen', data: 'default' },
  { id: 'delete-account', route: '/profil/konto-loeschen', path: '/profil/konto-loeschen', who: 'newCitizen', data: 'default', also: ['errors'] },
  { id: 'logout', route: '/abmelden', path: '/abmelden', who: 'citizen', data: 'filled' },
  { id: 'request-detail', route: '/antraege/:id', path: '/antraege/{routedId}', who: 'citizen', data: 'filled' },
  { id: 'withdraw', route: '/antraege/:id/zurueckziehen', path: '/antraege/{routedId}/zurueckziehen', who: 'citizen', data: 'filled', ready: '#withdraw-submit' },
  // A confirmed Bürgerbüro appointment: date, time, place, what to bring; moving it (day first).
  { id: 'appointment-detail', route: '/antraege/:id', path: '/antraege/{appointmentId}', who: 'citizen', data: 'filled' },
  { id: 'move-appointment', route: '/antraege/:id/termin-verlegen', path: '/antraege/{appointmentId}/termin-verlegen', who: 'citizen', data: 'filled', also: ['errors'] },
  // The routed Sperrmüllkarte's fee is open: the pay page before paying, and the invoice.
  { id: 'pay', route: '/antraege/:id/bezahlen', path: '/antraege/{routedId}/bezahlen', who: 'citizen', data: 'filled', also: ['offline'] },
  { id: 'invoice', route: '/antraege/:id/rechnung', path: '/antraege/{routedId}/rechnung', who: 'citizen', data: 'filled' },
  ...serviceScreens,
  {
    id: 'check-answers',
    route: '/:serviceId/:requestId/pruefen',
    path: '/sperrmuellkarte/{completeDraftId}/pruefen',
    who: 'citizen',
    data: 'filled',
    also: ['offline'],
  },
  // The Mängelmelder's map with the open reports nearby and their "Ich auch" buttons.
  { id: 'maengelmelder-map', route: '/:serviceId/:requestId/:pageId', path: '/maengelmelder/{mapDraftId}/position', who: 'citizen', data: 'filled', ready: '.nearby-reports li' },
  // BundID at "basis": the profile shows what BundID confirmed; the Meldebescheinigung, which
  // needs "substantiell", says so above "Absenden" (a press there only moves focus to it).
  { id: 'profile-bundid', route: '/profil', path: '/profil', who: 'bundidCitizen', data: 'filled' },
  { id: 'trust-level-refused', route: '/:serviceId/:requestId/pruefen', path: '/meldebescheinigung/{trustDraftId}/pruefen', who: 'bundidCitizen', data: 'filled' },
  // A sending the server refused below the trust level: the request page's "Nicht gesendet" notice with the BundID login at the level.
  { id: 'request-not-sent', route: '/antraege/:id', path: '/antraege/{notSentId}', who: 'bundidCitizen', data: 'filled' },
  { id: 'confirmation', route: '/:serviceId/:requestId/bestaetigung', path: '/sperrmuellkarte/{routedId}/bestaetigung', who: 'citizen', data: 'filled' },
  // The question types whose error the first pages above never show: a long text and a date.
  { id: 'form-errors:fundbuero-verlust/beschreibung', route: '/:serviceId/:requestId/:pageId', path: '/fundbuero-verlust/{draft:fundbuero-verlust}/beschreibung', who: 'citizen', data: 'empty', also: ['errors'], submit: 'main form button[type="submit"]' },
  { id: 'form-errors:fundbuero-verlust/datum', route: '/:serviceId/:requestId/:pageId', path: '/fundbuero-verlust/{draft:fundbuero-verlust}/datum', who: 'citizen', data: 'empty', also: ['errors'], submit: 'main form button[type="submit"]' },

  // ——— Clerks ———
  { id: 'clerk-inbox', route: '/sachbearbeitung', path: '/sachbearbeitung', who: 'clerk', data: 'filled', ready: 'main table' },
  { id: 'clerk-case', route: '/sachbearbeitung/:id', path: '/sachbearbeitung/{routedId}', who: 'clerk', data: 'filled' },
  { id: 'clerk-audit', route: '/sachbearbeitung/protokoll', path: '/sachbearbeitung/protokoll', who: 'lead', data: 'filled' },
  { id: 'clerk-templates', route: '/sachbearbeitung/textvorlagen', path: '/sachbearbeitung/textvorlagen', who: 'lead', data: 'filled' },
  { id: 'clerk-found-items', route: '/sachbearbeitung/fundsachen', path: '/sachbearbeitung/fundsachen', who: 'fundbuero', data: 'filled', also: ['errors'] },

  // ——— Stadtkasse ———
  { id: 'treasury', route: '/kasse', path: '/kasse', who: 'treasury', data: 'default', also: ['errors'] },

  // ——— Administration ———
  { id: 'admin', route: '/verwaltung', path: '/verwaltung', who: 'admin', data: 'default' },
  { id: 'admin-departments', route: '/verwaltung/fachdienste', path: '/verwaltung/fachdienste', who: 'admin', data: 'filled' },
  { id: 'admin-department-new', route: '/verwaltung/fachdienste/neu', path: '/verwaltung/fachdienste/neu', who: 'admin', data: 'empty', also: ['errors'] },
  {
    id: 'admin-department',
    route: '/verwaltung/fachdienste/:id',
    path: '/verwaltung/fachdienste/abfall',
    who: 'admin',
    data: 'filled',
    // Deactivating a department with staff is refused, naming why.
    also: ['errors'],
    submit: '#department-state-action',
  },
  { id: 'admin-staff', route: '/verwaltung/mitarbeitende', path: '/verwaltung/mitarbeitende', who: 'admin', data: 'filled' },
  { id: 'admin-staff-new', route: '/verwaltung/mitarbeitende/neu', path: '/verwaltung/mitarbeitende/neu', who: 'admin', data: 'empty', also: ['errors'] },
  { id: 'admin-staff-account', route: '/verwaltung/mitarbeitende/:id', path: '/verwaltung/mitarbeitende/{staffId}', who: 'admin', data: 'filled' },
  { id: 'admin-routing', route: '/verwaltung/zustaendigkeiten', path: '/verwaltung/zustaendigkeiten', who: 'admin', data: 'filled' },
  {
    id: 'admin-routing-service',
    route: '/verwaltung/zustaendigkeiten/:serviceId',
    path: '/verwaltung/zustaendigkeiten/sperrmuellkarte',
    who: 'admin',
    data: 'filled',
  },
  { id: 'admin-audit', route: '/verwaltung/protokoll', path: '/verwaltung/protokoll', who: 'admin', data: 'filled' },
  { id: 'admin-capacity', route: '/verwaltung/kapazitaet', path: '/verwaltung/kapazitaet', who: 'admin', data: 'filled' },
  { id: 'admin-archive', route: '/verwaltung/archiv', path: '/verwaltung/archiv', who: 'admin', data: 'empty' },
];

/** Every state a screen is checked in, in the order the matrix reaches them. */
export function statesOf(screen: Screen): ScreenState[] {
  return [screen.data, ...(screen.also ?? [])];
}
