import type { PostalAddress, Weekday } from '../../../domain/city/city-config';
import type { CityConfig } from '../../../domain/city/city-config';

/**
 * Pieces of the city's data as both legal pages show them. Numbers, addresses and mail addresses
 * sit in <bdi>, so an Arabic page keeps "02389 71-0" in its order (the phone would otherwise
 * read "71-0 02389").
 */
export function Address({ name, address }: { name?: string; address: PostalAddress }) {
  return (
    <p>
      {name ? (
        <>
          <bdi>{name}</bdi>
          <br />
        </>
      ) : null}
      <bdi>{address.street}</bdi>
      <br />
      <bdi>
        {address.postcode} {address.town}
      </bdi>
    </p>
  );
}

export function MailLink({ email }: { email: string }) {
  return (
    <a href={`mailto:${email}`}>
      <bdi>{email}</bdi>
    </a>
  );
}

const WEEKDAYS: readonly Weekday[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

/** "Montag, Dienstag und Mittwoch: 08:00–12:30", one line per opening period, in the page's language. */
export function openingLines(hours: CityConfig['openingHours'], locale: string): string[] {
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  // 1 January 2024 was a Monday.
  const name = (day: Weekday) => weekday.format(new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day))));
  return hours.map((h) => `${list.format(h.days.map(name))}: ${h.from}–${h.to}`);
}
