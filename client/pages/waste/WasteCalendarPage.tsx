import './WasteCalendar.css';
import { useLocation } from 'preact-iso';
import { useState } from 'preact/hooks';
import { ActionPictogram } from '../../easy-language/Pictogram';
import { districtName, findStreet, type Street } from '../../../domain/places';
import { WASTE_TYPES, cityCalendar, calendarFileName, nextPickups, pickupDates, streetCalendar, todayInWerne, dayNumber, parseWasteTypes, streetCalendarTexts, type WasteType } from '../../../domain/waste-calendar';
import { usePageTitle } from '../../app/page-title';
import { ErrorSummary } from '../../components/ErrorSummary/ErrorSummary';
import { PageHeading } from '../../components/PageHeading/PageHeading';
import { StreetInput } from '../../components/StreetInput/StreetInput';
import { Table } from '../../components/Table/Table';
import { language, useT, type Translate } from '../../i18n/i18n';
import { INTL_LOCALES } from '../../i18n/languages';
import { useSaid } from '../../i18n/use-said';
import { useProfile } from '../../profile/use-profile';
import { PickupList } from './BinLabel';
import { CalendarFeed } from './CalendarFeed';
import { TypeFilter } from './TypeFilter';
import { formatDay, formatMonth, groupByDate, isMonth, monthRange, shiftMonth } from './waste-format';

/** The bins chosen in the address (`arten=papier,bio`); all of them when none or a wrong list is given. */
export function typesOfQuery(value: string | undefined): WasteType[] {
  return (value && parseWasteTypes(value)) || [...WASTE_TYPES];
}

function typesParam(types?: readonly WasteType[]): string {
  return types && types.length < WASTE_TYPES.length ? `&arten=${types.join(',')}` : '';
}

export function wastePath(street: string, month?: string, types?: readonly WasteType[]): string {
  return `/abfallkalender?strasse=${encodeURIComponent(street)}${month ? `&monat=${month}` : ''}${typesParam(types)}`;
}

export function yearPath(street: string, year: string, types?: readonly WasteType[]): string {
  return `/abfallkalender/jahr?strasse=${encodeURIComponent(street)}&jahr=${year}${typesParam(types)}`;
}

/** Makes the .ics on the device (works offline) and hands it to the browser as a download. */
function downloadCalendar(t: Translate, street: Street, today: string, types: readonly WasteType[]): void {
  const ics = streetCalendar(
    cityCalendar(),
    street.name,
    today,
    streetCalendarTexts(t, street.name),
    { types },
  );
  const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = calendarFileName(street.name);
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function NextPickups({ street, today, types }: { street: Street; today: string; types: readonly WasteType[] }) {
  const t = useT();
  const locale = INTL_LOCALES[language.value];
  const next = groupByDate(nextPickups(cityCalendar(), street.name, today, 12).filter((p) => types.includes(p.type))).slice(0, 4);
  if (next.length === 0) return <p>{t('waste:noneAhead')}</p>;
  const relative = (date: string) =>
    date === today ? ` (${t('waste:today')})` : dayNumber(date) === dayNumber(today) + 1 ? ` (${t('waste:tomorrow')})` : '';
  return (
    <ul class="waste-next">
      {next.map((day) => (
        <li key={day.date}>
          <strong>
            {formatDay(day.date, locale)}
            {relative(day.date)}:
          </strong>
          <PickupList pickups={day.pickups} locale={locale} />
        </li>
      ))}
    </ul>
  );
}

function MonthTable({ street, month, types }: { street: Street; month: string; types: readonly WasteType[] }) {
  const t = useT();
  const locale = INTL_LOCALES[language.value];
  const { first, last } = monthRange(month);
  const days = groupByDate(pickupDates(cityCalendar(), street.name, first, last, types));
  const minMonth = cityCalendar().validFrom.slice(0, 7);
  const maxMonth = cityCalendar().validUntil.slice(0, 7);
  const monthName = formatMonth(month, locale);
  return (
    <>
      <h3 class="heading-m" id="month-title">
        {monthName}
      </h3>
      <nav class="month-nav" aria-labelledby="month-title">
        <ul class="plain-list month-nav__list">
          {month > minMonth ? (
            <li>
              <a href={wastePath(street.name, shiftMonth(month, -1), types)}>
                {t('waste:month.previous')}
                <span class="visually-hidden">: {formatMonth(shiftMonth(month, -1), locale)}</span>
              </a>
            </li>
          ) : null}
          {month < maxMonth ? (
            <li>
              <a href={wastePath(street.name, shiftMonth(month, 1), types)}>
                {t('waste:month.next')}
                <span class="visually-hidden">: {formatMonth(shiftMonth(month, 1), locale)}</span>
              </a>
            </li>
          ) : null}
        </ul>
      </nav>
      {days.length === 0 ? (
        <p>{t('waste:month.empty')}</p>
      ) : (
        // No tab stop: two columns of text that wrap to fit a narrow screen.
        <Table
          caption={t('waste:month.caption', { month: monthName })}
          scrollRegion={false}
          rows={days}
          rowKey={(day) => day.date}
          columns={[
            { header: t('waste:month.date'), rowHeader: true, cell: (day) => formatDay(day.date, locale) },
            { header: t('waste:month.types'), cell: (day) => <PickupList pickups={day.pickups} locale={locale} /> },
          ]}
        />
      )}
    </>
  );
}

/**
 * Abfallkalender: choose a street, see the next pickups and a month, download an .ics — all
 * computed on the device from the bundled calendar data, so it works offline and without login.
 */
export function WasteCalendarPage() {
  const t = useT();
  const { query, route } = useLocation();
  const profile = useProfile();
  const street = query.strasse ? findStreet(query.strasse) : undefined;
  const [typed, setTyped] = useState<string | undefined>(undefined);
  // Kept as how to say it: a language switch rewords the error too.
  const [error, sayError] = useSaid();
  const [focusToken, setFocusToken] = useState(0);
  const today = todayInWerne();
  const value = typed ?? query.strasse ?? profile?.street ?? '';
  const month = isMonth(query.monat) ? query.monat : today.slice(0, 7);
  const types = typesOfQuery(query.arten);
  usePageTitle(street ? `${street.name} – ${t('waste:title')}` : t('waste:title'), !!error);

  const submit = (e: Event) => {
    e.preventDefault();
    const found = findStreet(value);
    const problem = !value.trim() ? 'waste:errors.street.required' : !found ? 'waste:errors.street.unknownStreet' : undefined;
    sayError(problem && ((t) => t(problem)));
    if (problem) return setFocusToken((n) => n + 1);
    setTyped(undefined);
    route(wastePath(found!.name));
  };

  return (
    <>
      <ErrorSummary errors={error ? [{ href: '#field-street', text: error }] : []} focusToken={focusToken} />
      <PageHeading>{t('waste:title')}</PageHeading>
      <p class="lead">{t('waste:lead')}</p>
      {cityCalendar().sample ? <p class="inset-text">{t('waste:sample')}</p> : null}
      <form onSubmit={submit} noValidate action="/abfallkalender" method="get">
        <StreetInput
          fieldId="street"
          label={t('waste:street.label')}
          hint={t('waste:street.hint')}
          error={error}
          value={value}
          asHeading={false}
          onInput={(v) => {
            setTyped(v);
          }}
        />
        <button type="submit" class="button">
          {t('waste:show')}
        </button>
      </form>
      {street ? (
        <section aria-labelledby="street-title">
          <h2 class="heading-l" id="street-title">
            {t('waste:forStreet', { street: street.name, district: districtName(street.district) })}
          </h2>
          <TypeFilter key={types.join(',')} chosen={types} onApply={(chosen) => route(wastePath(street.name, query.monat, chosen))} />
          <h3 class="heading-m">{t('waste:next')}</h3>
          <NextPickups street={street} today={today} types={types} />
          <MonthTable street={street} month={month} types={types} />
          <p>
            <a href={yearPath(street.name, month.slice(0, 4), types)} id="waste-year-link">
              {t('waste:print.link')}
            </a>
          </p>
          <h3 class="heading-m">{t('waste:download.title')}</h3>
          <p>{t('waste:download.text', { street: street.name })}</p>
          <p>{t('waste:reminder.text')}</p>
          <button type="button" class="button button--secondary" onClick={() => downloadCalendar(t, street, today, types)}>
            <ActionPictogram name="calendar" />
            {t('waste:download.button')}
          </button>
          <CalendarFeed street={street} types={types} />
        </section>
      ) : null}
    </>
  );
}
