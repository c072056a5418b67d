import { useEffect, useState } from 'preact/hooks';
import type { DecisionLetter } from '../../../domain/decisions/decision-letter';
import { CLERK_ACTIONS, canTransition } from '../../../domain/lifecycle/request-status';
import { describeApiFailure } from '../../api/api-error-text';
import { ChoiceGroup } from '../../components/Field/ChoiceGroup';
import { PlainTextField } from '../../components/Field/PlainTextField';
import { formatTimestamp } from '../../format/format-date';
import { language, useT } from '../../i18n/i18n';
import { INTL_LOCALES } from '../../i18n/languages';
import { attachmentHref, previewDecision, sendDecision, type CaseDetail, type DecisionOutcome } from './clerk-api';
import { useFormErrors } from '../../components/ErrorSummary/use-form-errors';
import { CASE_ACTIONS_ID, atElements, sectionElement, type CaseFeedback } from './case-problems';
import { DecisionLetterView } from './DecisionLetterView';
import { TemplatePicker } from './TemplatePicker';

const OUTCOME_FIELD = 'decision-outcome';
const TEXT_FIELD = 'decision-text';
const FIELD_IDS = { outcome: `field-${OUTCOME_FIELD}`, decisionText: TEXT_FIELD, action: `field-${OUTCOME_FIELD}` };

/** A case closed with its letter: what went out, when, by whom, and the PDF. */
export function SentDecision({ found }: { found: CaseDetail }) {
  const t = useT();
  const decision = found.decision!;
  return (
    <div class="decision-sent">
      <DecisionLetterView letter={decision.letter} headingId="decision-sent-title" heading={t('clerk-decisions:sentTitle')} />
      <p>{t('clerk-decisions:sentMeta', { date: formatTimestamp(decision.decidedAt, INTL_LOCALES[language.value]), name: decision.actorName })}</p>
      <p>
        <a href={attachmentHref(found.id, decision.messageId)} download>
          {t('clerk-decisions:download')}
        </a>
      </p>
    </div>
  );
}

/**
 * Closing a case, in two deliberate steps: write and preview the letter, then send exactly that
 * letter. One click never closes a case; the confirmation carries the preview's digest and a
 * decision id made once per preview, so a double click or a retry sends one letter.
 */
export function DecisionForm({ found, onChange, feedback }: { found: CaseDetail; onChange(c: CaseDetail): void; feedback: CaseFeedback }) {
  const t = useT();
  const outcomes = (['complete', 'reject'] as const).filter((o) => canTransition('clerk', found.status, CLERK_ACTIONS[o]));
  const [outcome, setOutcome] = useState<DecisionOutcome | ''>(outcomes.length === 1 ? outcomes[0] : '');
  const [text, setText] = useState('');
  const problems = useFormErrors(sectionElement, CASE_ACTIONS_ID, feedback.problems);
  const [preview, setPreview] = useState<{ letter: DecisionLetter; digest: string; decisionId: string } | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  // The preview's heading takes focus, so a screen reader reads the letter next, then the two buttons.
  useEffect(() => {
    if (preview) document.getElementById('decision-preview-title')?.focus();
  }, [preview]);

  if (outcomes.length === 0) return null;

  const fail = (error: unknown) => {
    problems.show(atElements((t) => describeApiFailure(t, error), FIELD_IDS, TEXT_FIELD));
  };

  const showPreview = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const missing = !outcome ? { field: FIELD_IDS.outcome, key: 'outcome' } : outcome === 'reject' && !text.trim() ? { field: TEXT_FIELD, key: 'text' } : undefined;
    if (missing) return problems.show((t) => [{ field: missing.field, text: t(`clerk-decisions:missing.${missing.key}`) }]);
    problems.clear();
    setBusy(true);
    try {
      const shown = await previewDecision(found.id, outcome as DecisionOutcome, text);
      setPreview({ ...shown, decisionId: crypto.randomUUID() });
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const send = async () => {
    if (busy || !preview) return;
    setBusy(true);
    try {
      const decided = await sendDecision(found.id, { outcome: preview.letter.outcome, text, digest: preview.digest, decisionId: preview.decisionId });
      const decidedOutcome = preview.letter.outcome;
      feedback.done((t) => t(`clerk-decisions:done.${decidedOutcome}`));
      onChange(decided);
    } catch (error) {
      setPreview(undefined);
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  if (preview) {
    return (
      <div class="decision-preview">
        <DecisionLetterView letter={preview.letter} headingId="decision-preview-title" heading={t('clerk-decisions:previewTitle')} />
        <p class="hint">{t('clerk-decisions:previewHint')}</p>
        <div class="button-group">
          <button type="button" id="decision-send" class={preview.letter.outcome === 'reject' ? 'button button--warning' : 'button'} onClick={send} disabled={busy}>
            {t(`clerk-decisions:confirm.${preview.letter.outcome}`)}
          </button>
          <button type="button" id="decision-change" class="button button--secondary" onClick={() => setPreview(undefined)} disabled={busy}>
            {t('clerk-decisions:change')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <form noValidate class="decision-form" onSubmit={showPreview}>
      <h3 class="heading-s">{t('clerk-decisions:title')}</h3>
      <p>{t('clerk-decisions:intro')}</p>
      <ChoiceGroup
        type="radio"
        fieldId={OUTCOME_FIELD}
        options={outcomes}
        legend={t('clerk-decisions:outcomeLegend')}
        error={problems.at(FIELD_IDS.outcome)}
        optionLabel={(o) => t(`clerk-decisions:outcomes.${o}`)}
        isChecked={(o) => outcome === o}
        asHeading={false}
        onToggle={(o) => setOutcome(o as DecisionOutcome)}
      />
      <TemplatePicker caseId={found.id} kind="decision" target={TEXT_FIELD} onText={setText} />
      <PlainTextField
        id={TEXT_FIELD}
        name={TEXT_FIELD}
        multiline
        label={t('clerk-decisions:textLabel')}
        hint={t('clerk-decisions:textHint')}
        error={problems.at(TEXT_FIELD)}
        value={text}
        onInput={setText}
      />
      <button type="submit" class="button button--secondary" id="decision-preview" disabled={busy}>
        {t('clerk-decisions:preview')}
      </button>
    </form>
  );
}
