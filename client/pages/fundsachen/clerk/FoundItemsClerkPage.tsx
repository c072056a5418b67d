import { useEffect, useRef, useState } from 'preact/hooks';
import type { DateParts } from '../../../../domain/catalogue/service-definition';
import { FUND_CATEGORIES, MATCH_WINDOW_DAYS, validateFoundItemInput, type FoundItem } from '../../../../domain/fundsachen';
import type { FieldError } from '../../../../domain/validation/validate-answers';
import { ApiRequestError } from '../../../api/api-client';
import { describeApiFailure } from '../../../api/api-error-text';
import { usePageTitle } from '../../../app/page-title';
import { BackLink } from '../../../components/BackLink/BackLink';
import { DateInput } from '../../../components/DateInput/DateInput';
import { ErrorSummary } from '../../../components/ErrorSummary/ErrorSummary';
import { ErrorMessage, FormGroup } from '../../../components/Field/FormGroup';
import { TextInput } from '../../../components/Field/TextInput';
import { errorAnchor } from '../../../components/Field/field-ids';
import { NotificationBanner } from '../../../components/NotificationBanner/NotificationBanner';
import { PageHeading } from '../../../components/PageHeading/PageHeading';
import { StatusTag } from '../../../components/StatusTag/StatusTag';
import { formatDateAnswer } from '../../../format/format-date';
import { language, useT, type Translate } from '../../../i18n/i18n';
import { INTL_LOCALES } from '../../../i18n/languages';
import { useSaid } from '../../../i18n/use-said';
import { currentUser } from '../../../session/session';
import { NotFoundPage } from '../../NotFoundPage';
import { useRefresh } from '../../clerk/use-refresh';
import { formatFoundOn } from '../format-found-on';
import { FoundItemsTable } from './FoundItemsTable';
import { fetchClerkFoundItems, saveFoundItem, type ClerkOverview, type FoundItemEntry, type LostReportMatch } from './fundsachen-clerk-api';

const REFRESH_MS = 10_000;
const DATE_FIELD = { type: 'date', required: true, rule: 'past' } as const;

function emptyEntry(): FoundItemEntry {
  // The id is made here, so a double click or a retry stores the item once.
  return { id: crypto.randomUUID(), category: '', description: '', place: '', foundOn: {}, storageNumber: '' };
}

interface Problem {
  field?: string;
  code?: string;
  text: string;
}

/**
 * The Fundbüro's page for found items: enter one (what, short public description, general place,
 * date, storage number), see lost reports of the same kind from the last 90 days as a hint, and
 * the list of items with their claims.
 */
function FoundItemsClerkView() {
  const t = useT();
  const locale = INTL_LOCALES[language.value];
  const [entry, setEntry] = useState<FoundItemEntry>(emptyEntry);
  // Kept as how to say them: a language switch rewords the summary and the fields' errors.
  const [problems = [], sayProblems] = useSaid<Problem[]>();
  const [focusToken, setFocusToken] = useState(0);
  const [saved, setSaved] = useState<{ item: FoundItem; matches: LostReportMatch[] } | undefined>(undefined);
  const [items, setItems] = useState<ClerkOverview | undefined>(undefined);
  const [listFailed, setListFailed] = useState(false);
  const busy = useRef(false);
  const banner = useRef<HTMLDivElement>(null);
  usePageTitle(t('fundsachen-liste:clerk.title'), problems.length > 0);

  const reload = async () => {
    try {
      setItems(await fetchClerkFoundItems());
      setListFailed(false);
    } catch {
      setListFailed(true);
    }
  };
  useRefresh(reload, REFRESH_MS);
  // GOV.UK: the success banner takes focus, so the new number is read out first.
  useEffect(() => {
    if (saved) banner.current?.focus();
  }, [saved]);

  const fieldProblem = (t: Translate, e: FieldError): Problem => ({ field: e.field, code: e.code, text: t(`fundsachen-liste:clerk.errors.${e.field}.${e.code}`, e.params ?? {}) });
  const set = (field: keyof FoundItemEntry) => (value: string | DateParts) => setEntry((current) => ({ ...current, [field]: value }));

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (busy.current) return;
    const found = validateFoundItemInput(entry);
    if (found.length) {
      sayProblems((t) => found.map((e) => fieldProblem(t, e)));
      setFocusToken((n) => n + 1);
      return;
    }
    busy.current = true;
    try {
      const result = await saveFoundItem(entry);
      sayProblems(undefined);
      setSaved(result);
      setEntry(emptyEntry());
      void reload();
    } catch (error) {
      const fromServer = error instanceof ApiRequestError ? (error.body.problems ?? []).filter((p) => p.field) : [];
      sayProblems((t) =>
        fromServer.length
          ? fromServer.map((p) => fieldProblem(t, { field: p.field!, code: p.code ?? 'invalid' }))
          : [{ text: t('fundsachen-liste:clerk.failed') }, ...describeApiFailure(t, error)],
      );
      setFocusToken((n) => n + 1);
    } finally {
      busy.current = false;
    }
  };

  const errorOf = (field: string) => problems.find((p) => p.field === field);
  const anchor = (p: Problem) =>
    p.field === 'foundOn' ? errorAnchor(DATE_FIELD, 'foundOn', p.code ?? '') : p.field ? `#field-${p.field}` : '#new-title';
  const categoryError = errorOf('category')?.text;

  return (
    <>
      <BackLink href="/sachbearbeitung" />
      <ErrorSummary focusToken={focusToken} errors={problems.map((p) => ({ href: anchor(p), text: p.text }))} />
      {saved ? (
        <div ref={banner} tabIndex={-1} class="focus-target">
          <NotificationBanner id="found-item-saved" kind="success" title={t('fundsachen-liste:clerk.saved', { number: saved.item.number })}>
            <h3 class="heading-s">
              {t('fundsachen-liste:clerk.matchesTitle', { days: MATCH_WINDOW_DAYS, category: t(`fundbuero:fields.what.options.${saved.item.category}`) })}
            </h3>
            {saved.matches.length === 0 ? (
              <p>{t('fundsachen-liste:clerk.matchesNone', { days: MATCH_WINDOW_DAYS })}</p>
            ) : (
              <ul class="match-list">
                {saved.matches.map((m) => (
                  <li key={m.id}>
                    <a href={`/sachbearbeitung/${m.id}`}>{m.reference ?? m.id}</a>: {m.description}
                    <br />
                    {t('fundsachen-liste:clerk.matchLost', { date: m.when ? formatDateAnswer(m.when, locale) : '–', where: m.where })}
                  </li>
                ))}
              </ul>
            )}
          </NotificationBanner>
        </div>
      ) : null}
      <PageHeading>{t('fundsachen-liste:clerk.title')}</PageHeading>
      <h2 class="heading-m" id="new-title" tabIndex={-1}>
        {t('fundsachen-liste:clerk.newTitle')}
      </h2>
      <form noValidate onSubmit={onSubmit}>
        <FormGroup error={categoryError}>
          <label class="label" for="field-category">
            {t('fundsachen-liste:clerk.category')}
          </label>
          <ErrorMessage id="field-category-error" text={categoryError} />
          <select
            id="field-category"
            class={categoryError ? 'select select--error' : 'select'}
            aria-describedby={categoryError ? 'field-category-error' : undefined}
            value={entry.category}
            onChange={(e) => set('category')(e.currentTarget.value)}
          >
            <option value="" />
            {FUND_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`fundbuero:fields.what.options.${c}`)}
              </option>
            ))}
          </select>
        </FormGroup>
        <TextInput
          fieldId="description"
          def={{ type: 'text', required: true, maxLength: 200 }}
          label={t('fundsachen-liste:clerk.description')}
          hint={t('fundsachen-liste:clerk.descriptionHint')}
          error={errorOf('description')?.text}
          value={entry.description}
          asHeading={false}
          onInput={set('description')}
        />
        <TextInput
          fieldId="place"
          def={{ type: 'text', required: true, maxLength: 100 }}
          label={t('fundsachen-liste:clerk.place')}
          hint={t('fundsachen-liste:clerk.placeHint')}
          error={errorOf('place')?.text}
          value={entry.place}
          asHeading={false}
          onInput={set('place')}
        />
        <DateInput
          fieldId="foundOn"
          legend={t('fundsachen-liste:clerk.foundOn')}
          hint={t('fundsachen-liste:clerk.foundOnHint')}
          error={errorOf('foundOn')?.text}
          errorCode={errorOf('foundOn')?.code}
          value={entry.foundOn}
          asHeading={false}
          onChange={set('foundOn')}
        />
        <TextInput
          fieldId="storageNumber"
          def={{ type: 'text', required: true, maxLength: 20, width: 10 }}
          label={t('fundsachen-liste:clerk.storageNumber')}
          hint={t('fundsachen-liste:clerk.storageNumberHint')}
          error={errorOf('storageNumber')?.text}
          value={entry.storageNumber}
          asHeading={false}
          onInput={set('storageNumber')}
        />
        <button type="submit" class="button">
          {t('fundsachen-liste:clerk.save')}
        </button>
      </form>
      <h2 class="heading-m">{t('fundsachen-liste:clerk.listTitle')}</h2>
      {listFailed ? <p class="inset-text">{t('fundsachen-liste:clerk.listFailed')}</p> : null}
      {items === undefined ? (
        listFailed ? null : <p class="loading">{t('common:loading')}</p>
      ) : items.items.length === 0 ? (
        <p>{t('fundsachen-liste:clerk.listEmpty')}</p>
      ) : (
        <FoundItemsTable items={items.items} formatDate={(iso) => formatFoundOn(iso, locale)} />
      )}
      {items && items.unmatchedClaims.length ? (
        <>
          <h2 class="heading-m">{t('fundsachen-liste:clerk.unmatchedTitle')}</h2>
          <p>{t('fundsachen-liste:clerk.unmatchedText')}</p>
          <ul class="match-list">
            {items.unmatchedClaims.map((c) => (
              <li key={c.id}>
                <a href={`/sachbearbeitung/${c.id}`}>{c.reference ?? c.id}</a>: {c.itemNumber} <StatusTag state={c.status} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

/** Only the Fundbüro's clerks have this page; to anyone else it does not exist. */
export function FoundItemsClerkPage() {
  return currentUser.value?.department === 'fundbuero' ? <FoundItemsClerkView /> : <NotFoundPage />;
}
