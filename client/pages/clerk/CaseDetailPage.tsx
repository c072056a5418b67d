import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useService } from '../../catalogue/catalogue';
import { ApiRequestError } from '../../api/api-client';
import type { SaidProblems } from '../../api/api-error-text';
import { usePageTitle } from '../../app/page-title';
import { BackLink } from '../../components/BackLink/BackLink';
import { ErrorSummary, type ErrorSummaryItem } from '../../components/ErrorSummary/ErrorSummary';
import { History } from '../../components/History/History';
import { NotificationBanner } from '../../components/NotificationBanner/NotificationBanner';
import { PageHeading } from '../../components/PageHeading/PageHeading';
import { ClerkReplyDeadline } from '../../components/ReplyDeadline/ClerkReplyDeadline';
import { StatusTag } from '../../components/StatusTag/StatusTag';
import { AnswersSummary } from '../../components/SummaryList/AnswersSummary';
import { formatTimestamp } from '../../format/format-date';
import { language, useT, type Said } from '../../i18n/i18n';
import { useSaid } from '../../i18n/use-said';
import { INTL_LOCALES } from '../../i18n/languages';
import { NotFoundPage } from '../NotFoundPage';
import { serviceName } from '../requests/request-texts';
import { Attachments } from './Attachments';
import { LazyPlaceMap } from '../../components/MapPicker/LazyPlaceMap';
import { CaseAssignment } from './CaseAssignment';
import { CaseDecisions } from './CaseDecisions';
import { CaseNotes } from './CaseNotes';
import { CaseFollowUp } from './CaseFollowUp';
import { CasePayment } from './CasePayment';
import { CaseThread } from './CaseThread';
import { caseFileHref, fetchCase, type CaseDetail } from './clerk-api';
import { CASE_ACTIONS_ID, type CaseFeedback } from './case-problems';
import './clerk.css';

function CaseDetailView({ id }: { id: string }) {
  const t = useT();
  const locale = INTL_LOCALES[language.value];
  const [found, setFound] = useState<CaseDetail | null | undefined>(undefined);
  const [loadFailed, setLoadFailed] = useState(false);
  // Kept as how to say them: a language switch rewords the summary and the banner.
  const [problems = [], sayProblems] = useSaid<ErrorSummaryItem[]>();
  const [focusToken, setFocusToken] = useState(0);
  const [done, sayDone] = useSaid();
  const [doneCount, setDoneCount] = useState(0);
  const banner = useRef<HTMLDivElement>(null);

  useEffect(() => {
    fetchCase(id)
      .then(setFound)
      .catch((error: unknown) => {
        if (error instanceof ApiRequestError && error.status === 404) setFound(null);
        else setLoadFailed(true);
      });
  }, [id]);
  // GOV.UK: a success banner after an action takes focus, so the result is read out first.
  useEffect(() => {
    if (doneCount) banner.current?.focus();
  }, [doneCount]);

  const feedback: CaseFeedback = useMemo(
    () => ({
      problems(said: SaidProblems) {
        sayDone(undefined);
        sayProblems((t) => said(t).map((p) => ({ href: `#${p.field || CASE_ACTIONS_ID}`, text: p.text })));
        setFocusToken((n) => n + 1);
      },
      done(text: Said) {
        sayProblems(undefined);
        sayDone(text);
        setDoneCount((n) => n + 1);
      },
    }),
    [sayDone, sayProblems],
  );

  // Hooks run on every render, found or not (the catalogue loads from its own file).
  const service = useService(found?.serviceId ?? '', found?.catalogueVersion) ?? undefined;
  const title = found ? t('clerk:detail.title', { reference: found.reference ?? found.id }) : t('clerk:detail.loadingTitle');
  usePageTitle(found === null ? null : title, problems.length > 0);
  if (found === null) return <NotFoundPage />;

  return (
    <>
      <BackLink href="/sachbearbeitung" />
      <ErrorSummary focusToken={focusToken} errors={problems} />
      {done ? (
        <div ref={banner} tabIndex={-1} class="focus-target" id="case-feedback" key={doneCount}>
          <NotificationBanner id="action-done" kind="success" title={t('clerk:detail.doneTitle')}>
            <p>{done}</p>
          </NotificationBanner>
        </div>
      ) : null}
      {found ? <span class="caption">{serviceName(t, found.serviceId)}</span> : null}
      <PageHeading>{title}</PageHeading>
      {loadFailed ? <p class="inset-text">{t('clerk:detail.failed')}</p> : null}
      {!found ? (
        loadFailed ? null : <p class="loading">{t('common:loading')}</p>
      ) : (
        <>
          <dl class="facts facts--block">
            <div>
              <dt>{t('clerk:inbox.status')}</dt>
              <dd>
                <StatusTag state={found.status} />
              </dd>
            </div>
            <div>
              <dt>{t('clerk:inbox.receivedAt')}</dt>
              <dd>{found.receivedAt ? formatTimestamp(found.receivedAt, locale) : '–'}</dd>
            </div>
            <div>
              <dt>{t('clerk:detail.citizen')}</dt>
              <dd>{found.citizen ? `${found.citizen.name} (${found.citizen.email})` : t('clerk:detail.citizenUnknown')}</dd>
            </div>
          </dl>
          <ClerkReplyDeadline service={service} receivedAt={found.receivedAt} status={found.status} />
          {found.readOnly ? <p class="inset-text">{t('clerk:detail.readOnly')}</p> : null}
          {found.statusReason ? (
            <p class="inset-text">
              {t('requests:detail.reason')}: {found.statusReason}
            </p>
          ) : null}
          <p>
            <a href={caseFileHref(found.id)} download>
              {t('clerk:caseFileDownload')}
            </a>
          </p>
          {found.payment ? <CasePayment payment={found.payment} /> : null}
          <h2 class="heading-m">{t('requests:detail.answers')}</h2>
          {service ? <AnswersSummary service={service} answers={found.answers} /> : null}
          {typeof found.answers.position === 'string' ? <LazyPlaceMap position={found.answers.position} /> : null}
          <Attachments requestId={found.id} service={service} />
          <h2 class="heading-m">{t('requests:detail.history')}</h2>
          <History entries={found.history} />
          <section class="case-section" aria-labelledby="assignment-title">
            <h2 class="heading-m" id="assignment-title">
              {t('clerk:detail.assignmentTitle')}
            </h2>
            <CaseAssignment found={found} onChange={setFound} feedback={feedback} />
          </section>
          <section class="case-section" aria-labelledby="follow-up-title">
            <h2 class="heading-m" id="follow-up-title">
              {t('clerk-workday:followUp.title')}
            </h2>
            <CaseFollowUp found={found} onChange={setFound} feedback={feedback} />
          </section>
          <section class="case-section" aria-labelledby={CASE_ACTIONS_ID}>
            <h2 class="heading-m" id={CASE_ACTIONS_ID} tabIndex={-1}>
              {t('clerk:detail.actionsTitle')}
            </h2>
            <CaseDecisions found={found} onChange={setFound} feedback={feedback} />
          </section>
          <section class="case-section" aria-labelledby="thread-title">
            <h2 class="heading-m" id="thread-title">
              {t('clerk:thread.title')}
            </h2>
            <CaseThread found={found} feedback={feedback} />
          </section>
          <section class="case-section" aria-labelledby="notes-title">
            <h2 class="heading-m" id="notes-title">
              {t('clerk:notes.title')}
            </h2>
            <CaseNotes found={found} feedback={feedback} />
          </section>
        </>
      )}
    </>
  );
}

/** A case of the clerk's department: answers, history, who works it, decisions, thread, notes. */
export function CaseDetailPage({ params }: { params: { id: string } }) {
  return <CaseDetailView key={params.id} id={params.id} />;
}
