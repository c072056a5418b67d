/**
 * Everything that makes the portal one city's portal, as data: name, emblem, colours, address,
 * opening hours, footer links, the Impressum's data (§ 5 DDG) and the data protection officer
 * (Art. 13 (1) b DSGVO). Pages, PDFs, mails and the web app manifest read it from here, so
 * another municipality adopts the portal by writing one of these (see `cities/`), not by editing
 * code. Plain JSON-able values: a city may also come from a file (`CITY=/path/to/city.json`).
 */
import type { LocalizedText } from '../catalogue/service-definition';
import type { StreetRegister } from '../places/street-register';
import type { CalendarData } from '../waste-calendar/calendar-data';

export type Weekday = 'mo' | 'tu' | 'we' | 'th' | 'fr' | 'sa' | 'su';

export interface PostalAddress {
  street: string;
  postcode: string;
  town: string;
}

export interface CityConfig {
  /** Short id, e.g. `werne`: what `CITY=` selects. */
  id: string;
  /** True while the values are examples: the Impressum says so until the city replaces them. */
  example: boolean;
  /** The place name, e.g. `Werne`. */
  name: string;
  /** The legal body as it signs letters and the Impressum, e.g. `Stadt Werne`. */
  authority: string;
  /** Legal form of the body, for the Impressum. */
  legalForm: string;
  /** The portal's name in the title bar, on the home screen and in mails. */
  portalName: string;
  /** A shorter name for the home screen icon label. */
  shortName: string;
  /** The install dialog's description (German, like the manifest's `lang`). */
  description: string;
  /**
   * The emblem beside the portal's name: a complete `<svg>` with `viewBox` and no script or
   * external reference. Decorative on screen (the name beside it says who it is).
   */
  emblemSvg: string;
  colours: {
    /** Header bar, banners, manifest theme: white text is drawn on it. */
    primary: string;
    /** The text colour on `primary` (the stylesheet draws white). */
    onPrimary: string;
    /** Links on the light page background. */
    link: string;
    /** The page background of the light scheme. */
    background: string;
  };
  address: PostalAddress;
  contact: { phone: string; email: string; web: string };
  /** The Bürgerbüro's opening hours, language-neutral (times as HH:MM). */
  openingHours: readonly { days: readonly Weekday[]; from: string; to: string }[];
  /** Extra links in every page's footer (the city's own site, its council information system…). */
  footerLinks: readonly { label: LocalizedText; href: string }[];
  /** The Impressum after § 5 DDG and § 18 (2) MStV. */
  legal: {
    /** Who represents the body: the (Ober-)Bürgermeister(in). */
    representative: { name: string; title: string };
    /** Umsatzsteuer-Identifikationsnummer (§ 27a UStG), where the city has one. */
    vatId?: string;
    /** The supervisory authority over the municipality (Kommunalaufsicht). */
    supervisoryAuthority: { name: string; address: PostalAddress; web: string };
    /** Responsible for the content under § 18 (2) MStV. */
    editorialResponsibility: { name: string; address: PostalAddress };
  };
  /** Who takes reports of barriers, named in the accessibility statement (BITV NRW § 7). */
  accessibilityContact: { email: string; phone: string };
  /** Datenschutzbeauftragte(r) (Art. 37 DSGVO). */
  dataProtectionOfficer: { name: string; address: PostalAddress; email: string; phone: string };
  /** The state's data protection authority citizens may complain to (Art. 77 DSGVO). */
  dataProtectionAuthority: { name: string; address: PostalAddress; web: string };
  /** Sender of the portal's mails (overridden by MAIL_FROM). */
  mailFrom: string;
  /**
   * The street register: Ortsteile, streets with their Ortsteil, postcode and a point on the map,
   * the city's area (domain/places/street-register.ts). Address questions, the map's pin, routing
   * and Sperrmüll capacity by district, the disposer's tours and the Abfallkalender all use it.
   */
  streets: StreetRegister;
  /** The Abfallkalender: pickup routes by district and street (domain/waste-calendar/calendar-data.ts). */
  wasteCalendar: CalendarData;
}

/** "Marktplatz 1, 12345 Musterstadt". */
export function addressLine(address: PostalAddress): string {
  return `${address.street}, ${address.postcode} ${address.town}`;
}

/**
 * The values texts may name the city by: `{{city}}`, `{{authority}}`, `{{address}}`, and for
 * examples in hints and errors the city's `{{postcode}}`, `{{phone}}` (its switchboard) and
 * `{{exampleStreet}}` (a street of its register), so no text carries one city's data.
 */
export function cityTextValues(
  city: Pick<CityConfig, 'name' | 'authority' | 'address'> & { contact: Pick<CityConfig['contact'], 'phone'>; streets: Pick<StreetRegister, 'exampleStreet'> },
): {
  city: string;
  authority: string;
  address: string;
  postcode: string;
  phone: string;
  exampleStreet: string;
} {
  const { name, authority, address, contact, streets } = city;
  return { city: name, authority, address: addressLine(address), postcode: address.postcode, phone: contact.phone, exampleStreet: streets.exampleStreet };
}

/** What every page shows of the city (header, footer, titles, colours): the first download's part. */
export type CityShell = Pick<CityConfig, 'name' | 'authority' | 'address' | 'footerLinks'> & {
  colours: Pick<CityConfig['colours'], 'primary' | 'link'>;
  contact: Pick<CityConfig['contact'], 'phone'>;
  /** Only the example street the hints name; the register travels with the pages that use it. */
  streets: Pick<StreetRegister, 'exampleStreet'>;
  /** URL of the emblem's SVG file (the build emits it beside the bundle). */
  emblemHref: string;
};

export function cityShell(city: CityConfig, emblemHref: string): CityShell {
  const { name, authority, address, footerLinks, colours, contact, streets } = city;
  return {
    name, authority, address, footerLinks, colours: { primary: colours.primary, link: colours.link }, contact: { phone: contact.phone },
    streets: { exampleStreet: streets.exampleStreet }, emblemHref,
  };
}

/**
 * What the build defines for the client (webpack.config.ts) and Node defines alike
 * (load-city.ts, client/test-support/city-globals.ts): the shell for every page, the rest of the
 * city for the pages that show it, and the street register and Abfallkalender apart, each inlined
 * only into the module that reads it (domain/places/streets.ts, domain/waste-calendar/city-calendar.ts),
 * so a large register never weighs on pages that don't need it.
 */
export function cityGlobals(city: CityConfig, emblemHref: string) {
  const { streets, wasteCalendar, ...rest } = city;
  return { __CITY_SHELL__: cityShell(city, emblemHref), __CITY__: rest, __CITY_STREETS__: streets, __CITY_WASTE_CALENDAR__: wasteCalendar };
}
