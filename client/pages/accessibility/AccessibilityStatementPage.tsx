import { readA11ySummary, type A11ySummary } from '../../../domain/accessibility/a11y-summary';
import { ACCESSIBILITY_STATEMENT as STATEMENT, conformity } from '../../../domain/accessibility/statement';
import { localized } from '../../../domain/catalogue/lookup';
import summaryFile from '../../../a11y-tests/results/a11y-summary.json';
import { usePageTitle } from '../../app/page-title';
import { useService } from '../../catalogue/catalogue';
import { PageHeading } from '../../components/PageHeading/PageHeading';
import { formatCalendarDate, formatTimestamp } from '../../format/format-date';
import { language, useT, type Translate } from '../../i18n/i18n';
import { INTL_LOCALES } from '../../i18n/languages';
import { addressLine } from '../../../domain/city/city-config';
import { CITY } from '../legal/city';

/** Read when the app is built: the statement shows the run the build was made after. */
const SUMMARY: A11ySummary = readA11ySummary(summaryFile);

function isoDate(iso: string, locale: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return formatCalendarDate({ year, month, day }, locale);
}

function CheckScope({ t, locale }: { t: Translate; locale: string }) {
  const s = SUMMARY;
  const n = (v: number) => new Intl.NumberFormat(locale).format(v);
  const facts: [string, string][] = [];
  if (s.screens !== undefined) facts.push(['screens', n(s.screens)]);
  if (s.screenStates !== undefined) facts.push(['screenStates', n(s.screenStates)]);
  if (s.modes !== undefined) facts.push(['modes', n(s.modes)]);
  if (s.combinations !== undefined) facts.push(['combinations', n(s.combinations)]);
  if (s.languages.length) facts.push(['languages', s.languages.join(', ')]);
  if (s.viewports.length) facts.push(['viewports', s.viewports.map((v) => v.replace('x', ' × ')).join(', ')]);
  if (s.colourSchemes.length) facts.push(['colourSchemes', s.colourSchemes.join(', ')]);
  if (s.checks.length) facts.push(['checks', s.checks.join(', ')]);
  if (s.violations !== undefined) facts.push(['violations', n(s.violations)]);
  return (
    <>
      <p id="last-check">
        {s.checkedAt ? t('barrierefreiheit:lastCheck', { date: formatTimestamp(s.checkedAt, locale) }) : t('barrierefreiheit:noCheck')}
      </p>
      {facts.length ? (
        <>
          <h3 class="heading-s">{t('barrierefreiheit:scopeTitle')}</h3>
          <dl class="facts facts--block" id="check-scope">
            {facts.map(([key, value]) => (
              <div key={key}>
                <dt>{t(`barrierefreiheit:facts.${key}`)}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
    </>
  );
}

/**
 * Erklärung zur Barrierefreiheit after the EU model statement (Durchführungsbeschluss (EU)
 * 2018/1523) as § 10b BGG NRW asks for it: compliance status, non-accessible content with reasons
 * and alternatives, how and when it was assessed (from the last test run where there is one),
 * the feedback mechanism with its deadline, and the enforcement procedure of NRW.
 */
export function AccessibilityStatementPage() {
  const t = useT();
  const lng = language.value;
  const locale = INTL_LOCALES[lng];
  const report = useService('barriere-melden');
  usePageTitle(t('barrierefreiheit:title'));
  const status = conformity(STATEMENT, SUMMARY);
  const origin = typeof window !== 'undefined' ? window.location.origin : '';
  const c = { department: STATEMENT.contact.department, ...CITY.accessibilityContact, address: `${CITY.authority}, ${addressLine(CITY.address)}` };
  return (
    <>
      <PageHeading>{t('barrierefreiheit:title')}</PageHeading>
      <p class="lead">{t('barrierefreiheit:intro')}</p>
      <p>{t('barrierefreiheit:scope', { origin })}</p>

      <h2 class="heading-m">{t('barrierefreiheit:statusTitle')}</h2>
      <p id="conformity">{t(`barrierefreiheit:status.${status}`)}</p>
      <p>{t('barrierefreiheit:standard', { standard: STATEMENT.standard })}</p>

      {STATEMENT.limitations.length || SUMMARY.knownLimitations.length ? (
        <>
          <h2 class="heading-m">{t('barrierefreiheit:limitationsTitle')}</h2>
          <p>{t('barrierefreiheit:limitationsLead')}</p>
          {STATEMENT.limitations.map((l) => (
            <section key={l.id} aria-labelledby={`limitation-${l.id}`}>
              <h3 class="heading-s" id={`limitation-${l.id}`}>
                {t(`barrierefreiheit:limitations.${l.id}.title`)}
              </h3>
              <p>
                <strong>{t('barrierefreiheit:reasonLabel')}</strong> {t(`barrierefreiheit:limitations.${l.id}.reason`)}
              </p>
              {l.alternative ? (
                <p>
                  <strong>{t('barrierefreiheit:alternativeLabel')}</strong> {t(`barrierefreiheit:limitations.${l.id}.alternative`)}
                </p>
              ) : null}
            </section>
          ))}
          {SUMMARY.knownLimitations.length ? (
            <>
              <h3 class="heading-s">{t('barrierefreiheit:testLimitationsTitle')}</h3>
              <ul class="bullet-list" id="test-limitations">
                {SUMMARY.knownLimitations.map((l, i) => (
                  <li key={i}>
                    {l.screen ? `${l.screen}: ` : ''}
                    {typeof l.text === 'string' ? l.text : localized(l.text, lng)}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : null}

      <h2 class="heading-m">{t('barrierefreiheit:methodTitle')}</h2>
      <p id="statement-dates">
        {t('barrierefreiheit:created', { created: isoDate(STATEMENT.createdOn, locale), reviewed: isoDate(STATEMENT.reviewedOn, locale) })}
      </p>
      <p>{t('barrierefreiheit:method')}</p>
      <CheckScope t={t} locale={locale} />

      <h2 class="heading-m">{t('barrierefreiheit:feedbackTitle')}</h2>
      <p>{t('barrierefreiheit:feedback')}</p>
      <p>
        <a class="button" href="/barriere-melden">
          {t('barrierefreiheit:reportLink')}
        </a>
      </p>
      {report?.replyDeadline ? (
        <p id="statement-deadline">{t('barrierefreiheit:deadline', { days: report.replyDeadline.days, law: report.replyDeadline.legalBasis })}</p>
      ) : null}
      <dl class="facts facts--block">
        <div>
          <dt>{t('barrierefreiheit:contact.department')}</dt>
          <dd>{t(`departments:${c.department}`)}</dd>
        </div>
        <div>
          <dt>{t('barrierefreiheit:contact.email')}</dt>
          <dd>
            <a href={`mailto:${c.email}`}>{c.email}</a>
          </dd>
        </div>
        <div>
          <dt>{t('barrierefreiheit:contact.phone')}</dt>
          <dd>
            <a href={`tel:${c.phone.replace(/[^0-9+]/g, '')}`}>{c.phone}</a>
          </dd>
        </div>
        <div>
          <dt>{t('barrierefreiheit:contact.address')}</dt>
          <dd>{c.address}</dd>
        </div>
      </dl>

      <h2 class="heading-m">{t('barrierefreiheit:enforcementTitle')}</h2>
      <p>{t('barrierefreiheit:enforcement')}</p>
      <ul class="plain-list">
        <li>
          {/* Leaving the portal is said in the link text (GOV.UK external link advice). */}
          <a href={STATEMENT.ombudsstelle.url} rel="noopener">
            {t('barrierefreiheit:ombudsLink')} <span class="tag tag--grey">{t('barrierefreiheit:external')}</span>
          </a>
        </li>
        <li>
          {t('barrierefreiheit:ombudsEmailLabel')}{' '}
          <a href={`mailto:${STATEMENT.ombudsstelle.email}`}>{STATEMENT.ombudsstelle.email}</a>
        </li>
      </ul>

      <h2 class="heading-m">{t('barrierefreiheit:moreTitle')}</h2>
      <ul class="plain-list">
        <li>
          <a href="/leichte-sprache">{t('barrierefreiheit:easyLink')}</a>
        </li>
        <li>
          <a href="/gebaerdensprache">{t('barrierefreiheit:signLink')}</a>
        </li>
      </ul>
    </>
  );
}
