import { useLocation } from 'preact-iso';
import { useEffect, useState } from 'preact/hooks';
import { ActionPictogram } from '../../easy-language/Pictogram';
import type { AnswerValue, Answers, ServiceDefinition } from '../../../domain/catalogue/service-definition';
import { validatePage, visibleFields, type FieldError } from '../../../domain/validation/validate-answers';
import { usePageTitle } from '../../app/page-title';
import { BackLink } from '../../components/BackLink/BackLink';
import { ErrorSummary } from '../../components/ErrorSummary/ErrorSummary';
import { QuestionField } from '../../components/Field/QuestionField';
import { errorAnchor } from '../../components/Field/field-ids';
import { headingField, headingKey } from '../../components/Field/page-layout';
import { Loading } from '../../components/Loading/Loading';
import { headingRef } from '../../components/PageHeading/focus-heading';
import { saveAnswers, setCurrentPage } from '../../data/request-store';
import { useDraftUpgrade } from '../../data/use-draft-upgrade';
import { useDraftAnswers } from './use-draft-answers';
import { connected, firstPullDone } from '../../data/sync-state';
import { useRequest, useRequestList } from '../../data/use-requests';
import { warningsFor } from '../../../domain/catalogue/warnings';
import { WarningText } from '../../components/WarningText/WarningText';
import { fieldErrorText } from '../../i18n/field-error-text';
import { language, useT } from '../../i18n/i18n';
import { loadNamespaces } from '../../i18n/namespace-texts';
import { routeTextNeed } from '../../app/route-texts';
import { currentUser } from '../../session/session';
import { titleOf } from '../../catalogue/catalogue';
import { NotFoundPage } from '../NotFoundPage';
import { RequestNotEditable } from './RequestNotEditable';
import { RETURN_PARAM, CHECK_PAGE, TASK_LIST_PAGE, hasTaskList, nextPath, previousPath } from './service-paths';
import { TaskListPage } from './TaskListPage';
import { isVerifiedAnswer } from './verified-answer';

interface RouteProps {
  service: ServiceDefinition;
  params: { requestId: string; pageId: string };
  query: Record<string, string>;
}

/** Answers from the citizen's profile for fields never answered (undefined, not cleared ''). */
function prefills(service: ServiceDefinition, fields: readonly string[], answers: Answers): Answers {
  const user = currentUser.value;
  // The profile's name and contact address win over the account's, which they may refine.
  const profile: Partial<Record<string, unknown>> = user ? { name: user.name, email: user.email, ...user.profile } : {};
  const found: Answers = {};
  for (const id of fields) {
    const def = service.fields[id];
    const source = 'prefillFrom' in def ? def.prefillFrom : undefined;
    const value = source ? profile[source] : undefined;
    if (answers[id] === undefined && typeof value === 'string' && value) found[id] = value;
  }
  return found;
}

function QuestionPage({ service, requestId, pageId, returnToCheck }: {
  service: ServiceDefinition;
  requestId: string;
  pageId: string;
  returnToCheck: boolean;
}) {
  const t = useT();
  const { route } = useLocation();
  const page = service.pages.find((p) => p.id === pageId)!;
  const stored = useRequest(requestId);
  // Not on this device yet: a new device's first pull may still bring it (issue 17: the question
  // is shown meanwhile); it is "not found" once that pull is done, or offline.
  const doc = stored === null && !firstPullDone.value && connected.value ? undefined : stored;
  const upgrading = useDraftUpgrade(service, doc);
  const earlier = useRequestList();
  // The inputs show this copy: typing never waits for the database, and each change is saved at
  // once. The question is shown from the catalogue before the device's database has opened
  // (issue 17); the draft's answers join when it has, and what was typed meanwhile wins.
  const draft = useDraftAnswers(requestId, doc, upgrading, (stored) => {
    if (Object.values(service.fields).some((f) => f.type === 'slot')) {
      // Loaded with the slot picker's chunk, only for forms that ask for a slot.
      void import('../../components/SlotPicker/prefetch-free-slots').then((m) => m.prefetchFreeSlots(service, stored.answers, page.fields));
    }
    const prefilled = stored.status === 'draft' ? prefills(service, page.fields, stored.answers) : {};
    if (stored.status === 'draft') {
      if (Object.keys(prefilled).length) void saveAnswers(requestId, prefilled);
      void setCurrentPage(requestId, pageId);
    }
    return prefilled;
  });
  const answers = draft.answers;
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [focusToken, setFocusToken] = useState(0);
  const [warnedKey, setWarnedKey] = useState('');
  const heading = t(headingKey(service, page));
  // The page waited for its own texts only; the next step's (the check page shows every citizen
  // text) come while the citizen answers, so "Weiter" never waits for them.
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
    const next = nextPath(service, requestId, pageId, returnToCheck, answers).split('?')[0];
    idle(() => void loadNamespaces(routeTextNeed(next, language.value), language.value).catch(() => undefined));
  }, []);
  const showsOtherPage = doc === null || (doc !== undefined && doc.status !== 'draft');
  usePageTitle(showsOtherPage ? null : heading, errors.length > 0);

  if (doc === null) return <NotFoundPage />;
  if (doc && doc.status !== 'draft') return <RequestNotEditable service={service} doc={doc} />;
  if (upgrading) return <Loading />;

  const change = (fieldId: string, value: AnswerValue) => {
    draft.change(fieldId, value);
    void saveAnswers(requestId, { [fieldId]: value });
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    // "Weiter" before the draft is there would check only half the answers: it waits for them.
    if (!draft.complete) return draft.afterMerge(() => (event.target as HTMLFormElement).requestSubmit());
    const found = validatePage(service, pageId, answers);
    setErrors(found);
    if (found.length) {
      setFocusToken((n) => n + 1);
      return;
    }
    // A warning stops the first "Weiter" only: pressing again means "yes, this is right".
    const warnings = currentWarnings();
    const key = JSON.stringify(warnings);
    if (warnings.length && key !== warnedKey) {
      setWarnedKey(key);
      return;
    }
    route(nextPath(service, requestId, pageId, returnToCheck, answers));
  };

  const ns = service.namespace;
  const lead = headingField(service, page);
  const currentWarnings = () => warningsFor(service, answers, earlier ?? [], requestId).filter((w) => page.fields.includes(w.field));
  // Follow-up questions appear (and disappear) as the answers they depend on change.
  const fields = visibleFields(service, page, answers).map((fieldId) => (
    <QuestionField
      key={fieldId}
      service={service}
      fieldId={fieldId}
      value={answers[fieldId]}
      error={errors.find((e) => e.field === fieldId)}
      asHeading={fieldId === lead}
      answers={answers}
      onChange={(value) => change(fieldId, value)}
      requestId={requestId}
      verified={isVerifiedAnswer(service, fieldId, answers[fieldId])}
    />
  ));

  return (
    <>
      <BackLink href={previousPath(service, requestId, pageId, returnToCheck, answers)} />
      <ErrorSummary
        focusToken={focusToken}
        errors={errors.map((e) => ({
          href: errorAnchor(service.fields[e.field], e.field, e.code),
          text: fieldErrorText(t, ns, e),
        }))}
      />
      <span class="caption">{titleOf(service)}</span>
      <form noValidate onSubmit={onSubmit} class="question-form">
        {lead ? (
          fields
        ) : (
          // Several plain inputs (an address): one group, its legend the page heading.
          <fieldset class="fieldset">
            <legend class="fieldset__legend fieldset__legend--heading">
              <h1 class="question-heading" tabIndex={-1} ref={headingRef}>
                {heading}
              </h1>
            </legend>
            {fields}
          </fieldset>
        )}
        {/* A live region that is always there, so a warning appearing while typing is announced. */}
        <div role="status">
          {(warnedKey ? (JSON.parse(warnedKey) as ReturnType<typeof currentWarnings>) : []).map((w) => (
            <WarningText key={w.field}>{t(`${ns}:warnings.${w.code}`, w.params)}</WarningText>
          ))}
        </div>
        <button type="submit" class="button">
          <ActionPictogram name="next" />
          {t(returnToCheck ? 'common:actions.saveAndReturn' : 'common:actions.continue')}
        </button>
      </form>
    </>
  );
}

/**
 * One question page of a service form, e.g. /sperrmuellkarte/<id>/menge. Keyed by request and
 * page so that moving to the next page starts with fresh state (the Router reuses the component).
 */
export function FormPage({ service, params, query }: RouteProps) {
  const { requestId, pageId } = params;
  if (pageId === TASK_LIST_PAGE && hasTaskList(service)) return <TaskListPage key={requestId} service={service} requestId={requestId} />;
  if (pageId === CHECK_PAGE || !service.pages.some((p) => p.id === pageId)) return <NotFoundPage />;
  return (
    <QuestionPage
      key={`${requestId}/${pageId}`}
      service={service}
      requestId={requestId}
      pageId={pageId}
      returnToCheck={query[RETURN_PARAM] === CHECK_PAGE}
    />
  );
}
