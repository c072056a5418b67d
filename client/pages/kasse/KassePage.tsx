import { useEffect, useRef, useState } from 'preact/hooks';
import { saidFailure } from '../../api/api-error-text';
import { usePageTitle } from '../../app/page-title';
import { ErrorSummary } from '../../components/ErrorSummary/ErrorSummary';
import { ErrorMessage, FormGroup, Hint, describedBy } from '../../components/Field/FormGroup';
import { PageHeading } from '../../components/PageHeading/PageHeading';
import { Table } from '../../components/Table/Table';
import { formatTimestamp } from '../../format/format-date';
import { language, useT, type Said } from '../../i18n/i18n';
import { INTL_LOCALES } from '../../i18n/languages';
import { STATEMENT_MAX_BYTES } from '../../../domain/payments/statement-limits';
import { fetchImports, uploadStatement, type ImportRecord, type ImportResult, type StatementLine } from './kasse-api';
import { NotificationBanner } from '../../components/NotificationBanner/NotificationBanner';
import { CloseLine } from './CloseLine';
import { StatementLines } from './StatementLines';
import './kasse.css';

const LISTS = ['matched', 'overpaid', 'underpaid', 'unmatched'] as const;

/**
 * The treasury (Stadtkasse): import a camt.053 statement, see what it matched and what is left
 * to handle by hand, and the statements imported before.
 */
export function KassePage() {
  const t = useT();
  const locale = INTL_LOCALES[language.value];
  const file = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const [said, setError] = useState<Said | undefined>();
  const [lineSaid, setLineProblem] = useState<{ text: Said; fieldId: string } | undefined>();
  const [closedSaid, setClosed] = useState<{ text: Said; n: number } | undefined>();
  const closedRef = useRef<HTMLDivElement>(null);
  const [focusToken, setFocusToken] = useState(0);
  const [progress, setProgress] = useState<number | undefined>();
  const [result, setResult] = useState<{ data: ImportResult; n: number } | undefined>();
  const [listing, setListing] = useState<{ imports: ImportRecord[]; open: StatementLine[] } | undefined>();
  const [loadFailed, setLoadFailed] = useState(false);
  // Kept as how to say them, so a language switch rewords what is on screen.
  const error = said?.(t);
  const lineProblem = lineSaid && { text: lineSaid.text(t), fieldId: lineSaid.fieldId };
  const closed = closedSaid && { text: closedSaid.text(t), n: closedSaid.n };
  usePageTitle(t('kasse:title'), Boolean(error || lineProblem));

  const reload = () => fetchImports().then((l) => (setListing(l), setLoadFailed(false)), () => setLoadFailed(true));
  useEffect(() => {
    void reload();
  }, []);
  // The result takes focus once, so a screen reader reads what the import did.
  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);

  useEffect(() => {
    if (closedSaid) closedRef.current?.focus();
  }, [closedSaid]);

  const fail = (text: Said) => {
    // A function given to a state setter is taken as an updater: wrap the message.
    setError(() => text);
    setLineProblem(undefined);
    setFocusToken((n) => n + 1);
  };

  const submit = async () => {
    if (progress !== undefined) return;
    const chosen = file.current?.files?.[0];
    if (!chosen) return fail((t) => t('kasse:problems.fileMissing'));
    if (chosen.size > STATEMENT_MAX_BYTES) return fail((t) => t('kasse:problems.fileTooLarge'));
    setError(undefined);
    setResult(undefined);
    setProgress(0);
    try {
      const data = await uploadStatement(chosen, setProgress);
      setResult((r) => ({ data, n: (r?.n ?? 0) + 1 }));
      if (file.current) file.current.value = '';
      void reload();
    } catch (failure) {
      fail(saidFailure(failure));
    } finally {
      setProgress(undefined);
    }
  };

  const summary = (data: ImportResult) => {
    if (data.duplicate) {
      const at = data.statements[0]?.importedAt;
      return t('kasse:result.duplicate', { date: at ? formatTimestamp(at, locale) : '' });
    }
    return t('kasse:result.imported', {
      statements: data.statements.filter((s) => !s.duplicate).map((s) => s.statementId).join(', '),
      matched: data.matched.length,
      open: data.overpaid.length + data.underpaid.length + data.unmatched.length,
    });
  };

  return (
    <>
      <ErrorSummary
        focusToken={focusToken}
        errors={error ? [{ href: '#statement-file', text: error }] : lineProblem ? [{ href: `#${lineProblem.fieldId}`, text: lineProblem.text }] : []}
      />
      {closed ? (
        <div ref={closedRef} tabIndex={-1} class="focus-target" key={closed.n}>
          <NotificationBanner id="line-closed" kind="success" title={t('kasse:close.submit')}>
            <p>{closed.text}</p>
          </NotificationBanner>
        </div>
      ) : null}
      <PageHeading>{t('kasse:title')}</PageHeading>
      <p>{t('kasse:intro')}</p>
      <form
        noValidate
        class="kasse-upload"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <FormGroup error={error}>
          <label class="label" for="statement-file">
            {t('kasse:upload.label')}
          </label>
          <Hint id="statement-file-hint" text={t('kasse:upload.hint')} />
          <ErrorMessage id="statement-file-error" text={error} />
          <input
            class={error ? 'file-input file-input--error' : 'file-input'}
            type="file"
            id="statement-file"
            name="statement"
            accept=".xml,application/xml,text/xml"
            ref={file}
            aria-describedby={describedBy('statement-file', t('kasse:upload.hint'), error)}
          />
        </FormGroup>
        {progress !== undefined ? (
          <p class="kasse-progress" role="status">
            <label for="statement-progress">{t('kasse:upload.reading')}</label>{' '}
            <progress id="statement-progress" max={1} value={progress < 1 ? progress : undefined} />
          </p>
        ) : null}
        <button type="submit" class="button" disabled={progress !== undefined}>
          {t('kasse:upload.submit')}
        </button>
      </form>

      {result ? (
        <div ref={resultRef} tabIndex={-1} class="focus-target kasse-result" key={result.n} id="kasse-result" aria-labelledby="kasse-result-title">
          <h2 class="heading-m" id="kasse-result-title">
            {t('kasse:result.title')}
          </h2>
          <p class="inset-text" id="kasse-result-summary">
            {summary(result.data)}
          </p>
          {result.data.alreadyImported ? <p>{t('kasse:result.alreadyImported', { count: result.data.alreadyImported })}</p> : null}
          {result.data.ignored ? <p>{t('kasse:result.ignored', { count: result.data.ignored })}</p> : null}
          {result.data.duplicatesInFile.length ? <p>{t('kasse:result.duplicatesInFile', { count: result.data.duplicatesInFile.length })}</p> : null}
          {result.data.duplicate
            ? null
            : LISTS.filter((list) => result.data[list].length > 0).map((list) => (
                <StatementLines key={list} id={`result-${list}`} lines={result.data[list]} caption={t(`kasse:lists.${list}`)} />
              ))}
        </div>
      ) : null}

      <h2 class="heading-m">{t('kasse:open.title')}</h2>
      {loadFailed ? <p class="inset-text">{t('kasse:loadFailed')}</p> : null}
      {!listing ? (
        loadFailed ? null : <p class="loading">{t('common:loading')}</p>
      ) : listing.open.length === 0 ? (
        <p>{t('kasse:open.none')}</p>
      ) : (
        <StatementLines
          id="open-lines"
          lines={listing.open}
          caption={t('kasse:open.caption')}
          withOutcome
          action={(line) => (
            <CloseLine
              line={line}
              onClosed={(text) => {
                setLineProblem(undefined);
                setError(undefined);
                setClosed((c) => ({ text, n: (c?.n ?? 0) + 1 }));
                void reload();
              }}
              onProblem={(text, fieldId) => {
                setError(undefined);
                setLineProblem({ text, fieldId });
                setFocusToken((n) => n + 1);
              }}
            />
          )}
        />
      )}

      <h2 class="heading-m">{t('kasse:imports.title')}</h2>
      {!listing ? null : listing.imports.length === 0 ? (
        <p>{t('kasse:imports.none')}</p>
      ) : (
        <Table
          id="imports"
          caption={t('kasse:imports.caption')}
          rows={listing.imports}
          rowKey={(i) => i._id}
          columns={[
            { header: t('kasse:imports.statement'), rowHeader: true, cell: (i) => (i.fileName ? `${i.statementId} (${i.fileName})` : i.statementId) },
            { header: t('kasse:imports.account'), cell: (i) => i.iban.replace(/(.{4})(?=.)/g, '$1 ') },
            { header: t('kasse:imports.importedAt'), cell: (i) => formatTimestamp(i.importedAt, locale) },
            { header: t('kasse:imports.by'), cell: (i) => i.importedBy.name },
            { header: t('kasse:imports.counts'), cell: (i) => t('kasse:imports.countsText', i.counts) },
          ]}
        />
      )}
    </>
  );
}
