import { useEffect, useRef, useState } from 'preact/hooks';
import { useService } from '../../catalogue/catalogue';
import {
  ACTIONS_NEEDING_REASON,
  CLERK_ACTIONS,
  canTransition,
  type ClerkAction,
} from '../../../domain/lifecycle/request-status';
import { ApiRequestError } from '../../api/api-client';
import { describeApiFailure, type FormProblem } from '../../api/api-error-text';
import { usePageTitle } from '../../app/page-title';
import { BackLink } from '../../components/BackLink/BackLink';
import { ErrorSummary } from '../../components/ErrorSummary/ErrorSummary';
import { PlainTextField } from '../../components/Field/PlainTextField';
import { History } from '../../components/History/History';
import { NotificationBanner } from '../../components/NotificationBanner/NotificationBanner';
import { PageHeading } from '../../components/PageHeading/PageHeading';
import { StatusTag } from '../../components/StatusTag/StatusTag';
import { AnswersSummary } from '../../components/SummaryList/AnswersSummary';
import { formatTimestamp } from '../../format/format-date';
import { language, useT } from '../../i18n/i18n';
import { INTL_LOCALES } from '../../i18n/languages';
import { NotFoundPage } from '../NotFoundPage';
import { serviceName } from '../requests/request-texts';
import { Attachments } from './Attachments';
import { fetchCase, performAction, type CaseDetail } from './clerk-api';

const REASON_ID = 'clerk-reason';
const ACTIONS = Object.keys(CLERK_ACTIONS) as ClerkAction[];

function CaseDetailView({ id }: { id: string }) {
  const t = useT();
  const locale = INTL_LOCALES[language.value];
  const [found, setFound] = useState<CaseDetail | null | undefined>(undefined);
  const [loadFailed, setLoadFailed] = useState(false);
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [focusToken, setFocusToken] = useState(0);
  const [done, setDone] = useState<ClerkAction | undefined>(undefined);
  const busy = useRef(false);
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
    if (done) banner.current?.focus();
  }, [done]);

  const title = found ? t('clerk:detail.title', { reference: found.reference ?? found.id }) : t('clerk:detail.loadingTitle');
  usePageTitle(found === null ? null : title, problems.length > 0);
  if (found === null) return <NotFoundPage />;

  const act = async (action: ClerkAction) => {
    if (busy.current || !found) return;
    const needsReason = ACTIONS_NEEDING_REASON.includes(action);
    if (needsReason && !reason.trim()) {
      setProblems([{ field: 'reason', text: t('common:fieldErrors.reason.required') }]);
      setFocusToken((n) => n + 1);
      return;
    }
    busy.current = true;
    setDone(undefined);
    try {
      setFound(await performAction(found.id, action, needsReason ? reason.trim() : undefined));
      setProblems([]);
      setReason('');
      setDone(action);
    } catch (error) {
      setProblems(describeApiFailure(t, error));
      setFocusToken((n) => n + 1);
    } finally {
      busy.current = false;
    }
  };

  const service = found ? (useService(found.serviceId, found.catalogueVersion) ?? undefined) : undefined;
  const possible = found ? ACTIONS.filter((a) => canTransition('clerk', found.status, CLERK_ACTIONS[a])) : [];
  const canReject = possible.includes('reject');
  return (
    <>
      <BackLink href="/sachbearbeitung" />
      <ErrorSummary
        focusToken={focusToken}
        errors={problems.map((p) => ({ href: `#${p.field === 'reason' && canReject ? REASON_ID : 'actions-title'}`, text: p.text }))}
      />
      {done ? (
        <div ref={banner} tabIndex={-1} class="focus-target">
          <NotificationBanner id="action-done" kind="success" title={t('clerk:detail.doneTitle')}>
            <p>{t(`clerk:detail.done.${done}`)}</p>
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
          {found.statusReason ? (
            <p class="inset-text">
              {t('requests:detail.reason')}: {found.statusReason}
            </p>
          ) : null}
          <h2 class="heading-m">{t('requests:detail.answers')}</h2>
          {service ? <AnswersSummary service={service} answers={found.answers} /> : null}
          <Attachments requestId={found.id} service={service} />
          <h2 class="heading-m">{t('requests:detail.history')}</h2>
          <History entries={found.history} />
          <h2 class="heading-m" id="actions-title" tabIndex={-1}>
            {t('clerk:detail.actionsTitle')}
          </h2>
          {possible.length === 0 ? <p>{t('clerk:detail.noActions')}</p> : null}
          <div class="button-group">
            {possible
              .filter((a) => !ACTIONS_NEEDING_REASON.includes(a))
              .map((a) => (
                <button key={a} type="button" class="button" onClick={() => act(a)}>
                  {t(`clerk:actions.${a}`)}
                </button>
              ))}
          </div>
          {canReject ? (
            <form
              noValidate
              class="reject-form"
              onSubmit={(e) => {
                e.preventDefault();
                void act('reject');
              }}
            >
              <h3 class="heading-s">{t('clerk:detail.rejectTitle')}</h3>
              <PlainTextField
                id={REASON_ID}
                name="reason"
                multiline
                label={t('clerk:detail.reasonLabel')}
                hint={t('clerk:detail.reasonHint')}
                error={problems.find((p) => p.field === 'reason')?.text}
                value={reason}
                onInput={setReason}
              />
              <button type="submit" class="button button--warning">
                {t('clerk:actions.reject')}
              </button>
            </form>
          ) : null}
        </>
      )}
    </>
  );
}

/** A case of the clerk's department: all answers, history, and the decisions they may take. */
export function CaseDetailPage({ params }: { params: { id: string } }) {
  return <CaseDetailView key={params.id} id={params.id} />;
}
