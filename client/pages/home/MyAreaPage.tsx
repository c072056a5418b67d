import { lookupService } from '../../../domain/catalogue/lookup';
import { findStreet } from '../../../domain/places';
import { dueMeterReading, suggestServices } from '../../../domain/profile';
import type { RequestDoc } from '../../../domain/request/request-document';
import { cityCalendar, nextPickups, todayInWerne } from '../../../domain/waste-calendar';
import { usePageTitle } from '../../app/page-title';
import { catalogue, titleOf, useCurrentServices } from '../../catalogue/catalogue';
import { Loading } from '../../components/Loading/Loading';
import { NotificationBanner } from '../../components/NotificationBanner/NotificationBanner';
import { PageHeading } from '../../components/PageHeading/PageHeading';
import { StatusTag } from '../../components/StatusTag/StatusTag';
import { displayState } from '../../components/StatusTag/display-state';
import { pendingRequestIds } from '../../data/sync-state';
import { useRecentClerkMessages } from '../../data/use-messages';
import { useRequestList } from '../../data/use-requests';
import { formatTimestamp } from '../../format/format-date';
import { language, useT } from '../../i18n/i18n';
import { INTL_LOCALES } from '../../i18n/languages';
import { useProfile } from '../../profile/use-profile';
import { askedByClerk } from '../requests/asked-by-clerk';
import { FeesDue } from '../payments/FeesDue';
import { PaymentNote } from '../payments/PaymentStatus';
import { requestLabel, serviceName } from '../requests/request-texts';
import { continuePath, servicePath } from '../service/service-paths';
import { formatDay, groupByDate } from '../waste/waste-format';
import { wastePath } from '../waste/WasteCalendarPage';
import './my-area.css';

const RECENT_REQUESTS = 5;
const RECENT_MESSAGES = 3;

function WastePanel({ street }: { street: string | undefined }) {
  const t = useT();
  const locale = INTL_LOCALES[language.value];
  const known = street ? findStreet(street) : undefined;
  if (!known) {
    return (
      <>
        <p>{t('home:waste.noStreet')}</p>
        <p>
          <a href="/profil">{t('home:waste.toProfile')}</a>
        </p>
      </>
    );
  }
  const days = groupByDate(nextPickups(cityCalendar(), known.name, todayInWerne(), 6)).slice(0, 3);
  return (
    <>
      <p>{t('home:waste.forStreet', { street: known.name })}</p>
      {days.length ? (
        <ul class="waste-next">
          {days.map((day) => (
            <li key={day.date}>
              <strong>{formatDay(day.date, locale)}:</strong> {day.pickups.map((p) => t(`waste:types.${p.type}`)).join(', ')}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('waste:noneAhead')}</p>
      )}
      <p>
        <a href={wastePath(known.name)}>{t('home:waste.calendar')}</a>
      </p>
    </>
  );
}

/**
 * "Mein Bereich": the citizen's start after login — what is due, what is half done, how requests
 * stand, the next pickups in their street and services that fit. All from the device (offline).
 */
export function MyAreaPage() {
  const t = useT();
  const requests = useRequestList();
  const profile = useProfile();
  const messages = useRecentClerkMessages(RECENT_MESSAGES);
  const pending = pendingRequestIds.value;
  const locale = INTL_LOCALES[language.value];
  const entries = catalogue.value;
  const services = useCurrentServices();
  usePageTitle(t('home:title'));
  const findService = (id: string) => (entries ? lookupService(entries, id) : undefined);
  if (requests === undefined || profile === undefined) return <Loading />;

  const today = todayInWerne();
  const drafts = requests.filter((r) => r.status === 'draft');
  const sent = requests.filter((r) => r.status !== 'draft').slice(0, RECENT_REQUESTS);
  const facts = requests.map((r) => ({ serviceId: r.serviceId, status: r.status, createdAt: r.createdAt, submittedAt: r.submittedAt }));
  const due = dueMeterReading(facts, today);
  const readingService = findService('zaehlerstand');
  const questions = requests.filter(askedByClerk);
  const suggestions = suggestServices(profile, facts, services.map((s) => s.id), today);

  const draftItem = (doc: RequestDoc) => {
    const service = findService(doc.serviceId);
    const name = serviceName(t, doc.serviceId);
    return (
      <li key={doc.id}>
        {service ? (
          <a href={continuePath(service, doc)}>
            {t('home:drafts.continue')}: {name}
          </a>
        ) : (
          name
        )}{' '}
        – {t('home:drafts.updated', { date: formatTimestamp(doc.updatedAt, locale) })}
      </li>
    );
  };

  return (
    <>
      <PageHeading caption={profile.name ? t('home:greeting', { name: profile.name }) : undefined}>{t('home:title')}</PageHeading>
      {due || questions.length ? (
        <NotificationBanner id="due-title" title={t('home:due.title')}>
          {questions.map((doc) => (
            <p key={doc.id}>
              {t('home:due.question', { request: requestLabel(t, doc) })}{' '}
              <a href={`/antraege/${doc.id}`}>{t('home:due.questionLink')}</a>
            </p>
          ))}
          {due ? <p>{t('home:due.meterReading', { year: due.year })}</p> : null}
          {due && readingService ? (
            <p>
              <a href={servicePath(readingService.id)}>{t('home:due.meterReadingLink')}</a>
            </p>
          ) : null}
        </NotificationBanner>
      ) : null}

      <FeesDue requests={requests} />

      {drafts.length ? (
        <section aria-labelledby="home-drafts">
          <h2 class="heading-m" id="home-drafts">
            {t('home:drafts.title')}
          </h2>
          <ul>{drafts.map(draftItem)}</ul>
        </section>
      ) : null}

      <section aria-labelledby="home-requests">
        <h2 class="heading-m" id="home-requests">
          {t('home:requests.title')}
        </h2>
        {sent.length ? (
          <ul class="plain-list home-requests">
            {sent.map((doc) => (
              <li key={doc.id}>
                <a href={`/antraege/${doc.id}`}>{requestLabel(t, doc)}</a>{' '}
                <StatusTag state={displayState(doc, pending.includes(doc.id))} />
                <PaymentNote doc={doc} />
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('home:requests.empty')}</p>
        )}
        <p>
          <a href="/meine-antraege">{t('home:requests.all')}</a>
        </p>
      </section>

      <section aria-labelledby="home-messages">
        <h2 class="heading-m" id="home-messages">
          {t('home:messages.title')}
        </h2>
        {messages?.length ? (
          <ul class="plain-list home-messages">
            {messages.map((m) => {
              const request = requests.find((r) => r.id === m.requestId);
              const about = request ? requestLabel(t, request) : '';
              return (
                <li key={m.id}>
                  <p class="home-messages__about">{t('home:messages.about', { request: about, date: formatTimestamp(m.createdAt, locale) })}</p>
                  <blockquote class="quote home-messages__text">{m.text}</blockquote>
                  <a href={`/antraege/${m.requestId}#postfach-title`}>{t('home:messages.read')}</a>
                </li>
              );
            })}
          </ul>
        ) : questions.length ? (
          // No message yet, but a question is open: that is a message from the city, not "none".
          <ul class="plain-list home-messages">
            {questions.map((q) => (
              <li key={q.id}>
                <p class="home-messages__about">
                  {t('submission:history.question')}: {requestLabel(t, q)}
                </p>
                <blockquote class="quote home-messages__text">{q.statusReason}</blockquote>
                <a href={`/antraege/${q.id}#postfach-title`}>{t('home:messages.read')}</a>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('home:messages.empty')}</p>
        )}
      </section>

      <section aria-labelledby="home-waste">
        <h2 class="heading-m" id="home-waste">
          {t('home:waste.title')}
        </h2>
        <WastePanel street={profile.street} />
      </section>

      {suggestions.length ? (
        <section aria-labelledby="home-suggestions">
          <h2 class="heading-m" id="home-suggestions">
            {t('home:suggestions.title')}
          </h2>
          <ul class="plain-list">
            {suggestions.map((s) => {
              const service = s.serviceId === 'profile' ? undefined : findService(s.serviceId);
              return (
                <li key={s.serviceId}>
                  <p>
                    {service ? (
                      <a href={servicePath(service.id)}>{titleOf(service)}</a>
                    ) : (
                      <a href="/profil">{t('home:suggestions.profileLink')}</a>
                    )}
                    <br />
                    {t(`home:suggestions.reasons.${s.reason}`)}
                  </p>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="home-links">
        <h2 class="heading-m" id="home-links">
          {t('home:links.title')}
        </h2>
        <ul>
          <li>
            <a href="/profil">{t('home:links.profile')}</a>
          </li>
          <li>
            <a href="/abfallkalender">{t('home:links.calendar')}</a>
          </li>
        </ul>
      </section>
    </>
  );
}
