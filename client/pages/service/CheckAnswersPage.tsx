import { useLocation } from 'preact-iso';
import { titleOf } from '../../catalogue/catalogue';
import { ActionPictogram } from '../../easy-language/Pictogram';
import { EasyText } from '../../easy-language/EasyText';
import { useEffect, useRef, useState } from 'preact/hooks';
import { maySendNow } from '../../session/account-standing';
import { ConfirmEmailNotice } from '../account/email/ConfirmEmailNotice';
import { TrustLevelNotice } from '../account/bundid/TrustLevelNotice';
import { trustLevelShortfall } from '../../../domain/account/service-trust';
import { currentUser } from '../../session/session';
import type { ServiceDefinition } from '../../../domain/catalogue/service-definition';
import type { RequestDoc } from '../../../domain/request/request-document';
import { firstPageWithError, validateAnswers, type FieldError } from '../../../domain/validation/validate-answers';
import { usePageTitle } from '../../app/page-title';
import { BackLink } from '../../components/BackLink/BackLink';
import { ErrorSummary } from '../../components/ErrorSummary/ErrorSummary';
import { Loading } from '../../components/Loading/Loading';
import { PageHeading } from '../../components/PageHeading/PageHeading';
import { AnswersSummary } from '../../components/SummaryList/AnswersSummary';
import { setCurrentPage, submitRequest } from '../../data/request-store';
import { useDraftUpgrade } from '../../data/use-draft-upgrade';
import { useRequest } from '../../data/use-requests';
import { fieldErrorText } from '../../i18n/field-error-text';
import { useT } from '../../i18n/i18n';
import { NotFoundPage } from '../NotFoundPage';
import { submissionText } from './submission-texts';
import { PaymentChoice } from '../payments/PaymentChoice';
import { FeeNotice } from './FeeNotice';
import { RequestNotEditable } from './RequestNotEditable';
import { isSendRefusal } from '../../../domain/sync/send-refusal';
import { CHECK_PAGE, checkPath, confirmationPath, formPagePath, previousPath } from './service-paths';
import { isVerifiedAnswer } from './verified-answer';

interface RouteProps {
  service: ServiceDefinition;
  params: { requestId: string };
}

function pageOf(service: ServiceDefinition, fieldId: string): string {
  return service.pages.find((p) => p.fields.includes(fieldId))?.id ?? service.pages[0].id;
}

/**
 * Problems the routing worker handed back with the draft, as long as they still apply: the
 * same validation runs here, so a problem the citizen has fixed disappears before resending.
 */
function openServerProblems(service: ServiceDefinition, doc: RequestDoc): FieldError[] {
  if (!doc.problems?.length) return [];
  const stillWrong = new Set(validateAnswers(service, doc.answers).map((e) => e.field));
  // A refused sending is about the login, not the answers: the notices below say it.
  return doc.problems.filter((p) => !isSendRefusal(p) && (stillWrong.has(p.field) || !(p.field in service.fields)));
}

function CheckAnswers({ service, requestId }: { service: ServiceDefinition; requestId: string }) {
  const t = useT();
  const { route } = useLocation();
  const doc = useRequest(requestId);
  const upgrading = useDraftUpgrade(service, doc);
  const [submitErrors, setSubmitErrors] = useState<FieldError[] | undefined>(undefined);
  const [focusToken, setFocusToken] = useState<number | undefined>(undefined);
  const [sending, setSending] = useState(false);
  const [held, setHeld] = useState(false);
  // Counts refused sends below the service's trust level, so each one moves focus to the notice.
  const [belowTrust, setBelowTrust] = useState(0);
  const heldRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Moved to the notice like an error summary: a screen reader hears why nothing was sent.
    const heading = held || belowTrust ? heldRef.current?.querySelector<HTMLElement>('h2') : null;
    heading?.setAttribute('tabindex', '-1');
    heading?.focus();
  }, [held, belowTrust]);
  const user = currentUser.value;

  const errors = submitErrors ?? (doc ? openServerProblems(service, doc) : []);
  const showsOtherPage = doc === null || (doc !== undefined && doc.status !== 'draft');
  usePageTitle(showsOtherPage ? null : t('common:checkAnswers.title'), errors.length > 0);

  useEffect(() => {
    if (doc?.status === 'draft') void setCurrentPage(requestId, CHECK_PAGE);
  }, [doc?.id]);

  if (doc === null) return <NotFoundPage />;
  if (!doc || upgrading) return <Loading />;
  if (doc.status !== 'draft') return <RequestNotEditable service={service} doc={doc} />;

  const send = async (event: Event) => {
    event.preventDefault();
    const found = validateAnswers(service, doc.answers);
    if (found.length) {
      setSubmitErrors(found);
      setFocusToken((n) => (n ?? 0) + 1);
      return;
    }
    // Below the service's trust level the draft stays a draft; the notice says how to reach it.
    if (user && trustLevelShortfall(service, user.login?.trustLevel)) {
      setBelowTrust((n) => n + 1);
      return;
    }
    setSending(true);
    try {
      // Sending needs a confirmed address: the draft stays as it is, and the page says why.
      if (!(await maySendNow())) {
        setHeld(true);
        return;
      }
      await submitRequest(requestId);
      route(confirmationPath(service.id, requestId));
    } finally {
      setSending(false);
    }
  };

  const ns = service.namespace;
  const returned = !submitErrors && errors.length > 0;
  const firstWrongPage = firstPageWithError(service, errors);
  return (
    <>
      <BackLink href={previousPath(service, requestId, CHECK_PAGE, false)} />
      <ErrorSummary
        focusToken={focusToken}
        errors={errors.map((e) => ({
          href: formPagePath(service.id, requestId, pageOf(service, e.field), true),
          text: fieldErrorText(t, ns, e),
        }))}
      />
      <span class="caption">{titleOf(service)}</span>
      <PageHeading>{t('common:checkAnswers.title')}</PageHeading>
      {returned ? <p class="inset-text">{t('requests:returned.text')}</p> : null}
      {firstWrongPage ? (
        <p>
          <a href={formPagePath(service.id, requestId, firstWrongPage, true)}>{t('common:checkAnswers.fixFirst')}</a>
        </p>
      ) : null}
      <AnswersSummary
        service={service}
        answers={doc.answers}
        changeHref={(pageId) => formPagePath(service.id, requestId, pageId, true)}
        verified={(fieldId) => isVerifiedAnswer(service, fieldId, doc.answers[fieldId])}
      />
      <FeeNotice service={service} answers={doc.answers} />
      {service.fee.kind !== 'free' ? <PaymentChoice doc={doc} /> : null}
      <div ref={heldRef}>
        {user ? <TrustLevelNotice service={service} user={user} back={checkPath(service.id, requestId)} /> : null}
        {held ? <ConfirmEmailNotice held /> : null}
      </div>
      <h2 class="heading-m">{submissionText(t, service, 'send')}</h2>
      <p>
        <EasyText text={t(`${ns}:declaration`)} />
      </p>
      <form noValidate onSubmit={send}>
        <button type="submit" class="button" disabled={sending}>
          <ActionPictogram name="send" />
          {t('common:checkAnswers.send')}
        </button>
      </form>
    </>
  );
}

/** "Check your answers" with change links that come back here, and "Absenden". */
export function CheckAnswersPage({ service, params }: RouteProps) {
  return <CheckAnswers key={params.requestId} service={service} requestId={params.requestId} />;
}
