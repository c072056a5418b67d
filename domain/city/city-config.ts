/**
 * Everything that makes the portal one city's portal, as data: name, emblem, colours, address,
 * opening hours, footer links, the Impressum's data (§ 5 DDG) and the data protection officer
 * (Art. 13 (1) b DSGVO). Pages, PDFs, mails and the web app manifest read it from here, so
 * another municipality adopts the portal by writing one of these (see `cities/`), not by editing
 * code. Plain JSON-able values: a city may also come from a file (`CITY=/path/to/city.json`).
 */
import type { LocalizedText } from '../catalogue/service-definition';

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
}

/** "Konrad-Adenauer-Platz 1, 59368 Werne". */
export function addressLine(address: PostalAddress): string {
  return `${address.street}, ${address.postcode} ${address.town}`;
}

/**
 * The values texts may name the city by: `{{city}}`, `{{authority}}`, `{{address}}`, and for
 * examples in hints and errors the city's `{{postcode}}` and `{{phone}}` (its switchboard), so
 * no text carries one city's data.
 */
export function cityTextValues(city: Pick<CityConfig, 'name' | 'authority' | 'address'> & { contact: Pick<CityConfig['contact'], 'phone'> }): {
  city: string;
  authority: string;
  address: string;
  postcode: string;
  phone: string;
} {
  return { city: city.name, authority: city.authority, address: addressLine(city.address), postcode: city.address.postcode, phone: city.contact.phone };
}

/** What every page shows of the city (header, footer, titles, colours): the first download's part. */
export type CityShell = Pick<CityConfig, 'name' | 'authority' | 'address' | 'footerLinks'> & {
  colours: Pick<CityConfig['colours'], 'primary' | 'link'>;
  contact: Pick<CityConfig['contact'], 'phone'>;
  /** URL of the emblem's SVG file (the build emits it beside the bundle). */
  emblemHref: string;
};

export function cityShell(city: CityConfig, emblemHref: string): CityShell {
  const { name, authority, address, footerLinks, colours, contact } = city;
  return { name, authority, address, footerLinks, colours: { primary: colours.primary, link: colours.link }, contact: { phone: contact.phone }, emblemHref };
}
