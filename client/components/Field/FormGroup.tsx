import type { ComponentChildren } from 'preact';
import { EasyText } from '../../easy-language/EasyText';
import { useT } from '../../i18n/i18n';
import { headingRef } from '../PageHeading/focus-heading';

/** The wrapper GOV.UK puts around every question: marks it red when it has an error. */
export function FormGroup({ error, children }: { error?: string; children: ComponentChildren }) {
  return <div class={error ? 'form-group form-group--error' : 'form-group'}>{children}</div>;
}

export function Hint({ id, text }: { id: string; text?: string }) {
  if (!text) return null;
  return (
    <div class="hint" id={id}>
      <EasyText text={text} />
    </div>
  );
}

/**
 * The error at the field says the same as the summary. The hidden "Fehler:" prefix tells screen
 * reader users that this text is an error, which colour alone cannot (GOV.UK error message).
 */
export function ErrorMessage({ id, text }: { id: string; text?: string }) {
  const t = useT();
  if (!text) return null;
  return (
    <p class="error-message" id={id}>
      <span class="visually-hidden">{t('common:errorPrefix')} </span>
      {text}
    </p>
  );
}

/** `aria-describedby` listing hint and error (only those that are shown). */
export function describedBy(baseId: string, hint: string | undefined, error: string | undefined): string | undefined {
  const ids = [hint ? `${baseId}-hint` : '', error ? `${baseId}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** A question's label or legend, as the page's h1 when it is the page's only question. */
export function QuestionText({ text, asHeading }: { text: string; asHeading: boolean }) {
  if (!asHeading) return <>{text}</>;
  // tabindex=-1: the app moves focus to the page heading after navigation.
  return (
    <h1 class="question-heading" tabIndex={-1} ref={headingRef}>
      {text}
    </h1>
  );
}

interface LabelledFieldProps {
  /** The control's id; hint and error get `<id>-hint` and `<id>-error`. */
  id: string;
  label: string;
  hint?: string;
  error?: string;
  asHeading: boolean;
  /** Marks the group red for a problem shown elsewhere in it (e.g. a refused file); defaults to `error`. */
  groupError?: string;
  /** The control (and whatever belongs below it). */
  children: ComponentChildren;
}

/**
 * One labelled control with its hint and error, as GOV.UK lays it out. When the question is the
 * page's only one, its label sits inside the page's h1 (GOV.UK "question pages"), so the heading
 * and the label are read as one.
 */
export function LabelledField({ id, label, hint, error, asHeading, groupError, children }: LabelledFieldProps) {
  const labelElement = (
    <label class={asHeading ? 'label label--heading' : 'label'} for={id}>
      {label}
    </label>
  );
  return (
    <FormGroup error={groupError ?? error}>
      {asHeading ? (
        <h1 class="question-heading" tabIndex={-1} ref={headingRef}>
          {labelElement}
        </h1>
      ) : (
        labelElement
      )}
      <Hint id={`${id}-hint`} text={hint} />
      <ErrorMessage id={`${id}-error`} text={error} />
      {children}
    </FormGroup>
  );
}
