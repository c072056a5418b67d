import './WasteCalendar.css';
import { useLocation } from 'preact-iso';
import { districtName, findStreet } from '../../../domain/places';
import { WASTE_TYPES, cityCalendar, pickupDates, todayInWerne } from '../../../domain/waste-calendar';
import { usePageTitle } from '../../app/page-title';
import { PageHeading } from '../../components/PageHeading/PageHeading';
import { language, useT } from '../../i18n/i18n';
import { INTL_LOCALES } from '../../i18n/languages';
import { BinLabel } from './BinLabel';
import { typesOfQuery, wastePath, yearPath } from './WasteCalendarPage';
import { formatMonth, groupByDate } from './waste-format';

const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));

function shortDay(iso: string, locale: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/**
 * A street's whole year on one printed page, for the fridge: twelve small month tables (a grid of
 * four columns when printed, see WasteCalendar.css), each bin with its colour mark and a short name.
 */
export function YearOverviewPage() {
  const t = useT();
  const { query } = useLocation();
  const locale = INTL_LOCALES[language.value];
  const street = query.strasse ? findStreet(query.strasse) : undefined;
  const first = cityCalendar().validFrom.slice(0, 4);
  const last = cityCalendar().validUntil.slice(0, 4);
  const wanted = /^\d{4}$/.test(query.jahr ?? '') ? query.jahr! : todayInWerne().slice(0, 4);
  const year = wanted < first ? first : wanted > last ? last : wanted;
  const types = typesOfQuery(query.arten);
  const title = street ? t('waste:print.title', { year, street: street.name }) : t('waste:title');
  usePageTitle(title);

  if (!street) {
    return (
      <>
        <PageHeading>{t('waste:title')}</PageHeading>
        <p>{t('waste:print.unknown')}</p>
        <p>
          <a href="/abfallkalender">{t('waste:print.back')}</a>
        </p>
      </>
    );
  }
  const days = groupByDate(pickupDates(cityCalendar(), street.name, `${year}-01-01`, `${year}-12-31`, types));
  const years = Array.from({ length: Number(last) - Number(first) + 1 }, (_, i) => String(Number(first) + i));
  return (
    <div class="waste-year">
      <PageHeading>{title}</PageHeading>
      <p class="waste-year__lead">
        {districtName(street.district)} · {t('waste:print.lead')}
      </p>
      <div class="waste-year__tools">
        <button type="button" class="button" onClick={() => window.print()}>
          {t('waste:print.button')}
        </button>
        {years.length > 1 ? (
          <nav aria-label={t('waste:print.year')}>
            <ul class="plain-list month-nav__list">
              {years.map((y) => (
                <li key={y}>{y === year ? <span aria-current="page">{y}</span> : <a href={yearPath(street.name, y, types)}>{y}</a>}</li>
              ))}
            </ul>
          </nav>
        ) : null}
        <p>
          <a href={wastePath(street.name, undefined, types)}>{t('waste:print.back')}</a>
        </p>
      </div>
      <h2 class="heading-s waste-year__legend-title">{t('waste:print.legend')}</h2>
      <ul class="plain-list waste-year__legend">
        {WASTE_TYPES.filter((type) => types.includes(type)).map((type) => (
          <li key={type}>
            <BinLabel type={type} />
          </li>
        ))}
      </ul>
      <div class="waste-year__months">
        {MONTHS.map((m) => {
          const month = `${year}-${m}`;
          const inMonth = days.filter((d) => d.date.startsWith(month));
          return (
            <table class="waste-year__month" key={m}>
              <caption>{formatMonth(month, locale)}</caption>
              <tbody>
                {inMonth.length === 0 ? (
                  <tr>
                    <td colSpan={2}>{t('waste:print.none')}</td>
                  </tr>
                ) : (
                  inMonth.map((day) => (
                    <tr key={day.date}>
                      <th scope="row">{shortDay(day.date, locale)}</th>
                      <td>
                        {day.pickups.map((p) => (
                          <BinLabel key={p.type} type={p.type} short />
                        ))}
                      </td>
                    </tr>
                  ))
                )}
              </tbody>
            </table>
          );
        })}
      </div>
    </div>
  );
}
