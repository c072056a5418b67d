import { useEffect, useState } from 'preact/hooks';
import type { TextareaField } from '../../../domain/catalogue/service-definition';
import { useT } from '../../i18n/i18n';
import { LabelledField, describedBy } from './FormGroup';
import { inputId } from './field-ids';
import type { TextQuestionProps } from './text-question';

interface Props extends TextQuestionProps {
  def: TextareaField;
}

/**
 * How long screen readers wait before hearing the count: announcing on every keystroke would
 * interrupt typing (GOV.UK character count waits for a pause the same way).
 */
const ANNOUNCE_DELAY_MS = 1000;

/**
 * Long text with a live character count (GOV.UK character count): the visible count updates at
 * once; a separate polite live region repeats it after a pause in typing.
 */
export function Textarea({ fieldId, def, label, hint, error, value, asHeading, onInput }: Props) {
  const t = useT();
  const id = inputId(fieldId);
  const remaining = def.maxLength - value.length;
  const countText =
    remaining >= 0 ? t('common:characterCount.remaining', { count: remaining }) : t('common:characterCount.over', { count: -remaining });
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(countText), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [countText]);
  const describedIds = [describedBy(id, hint, error), `${id}-count`].filter(Boolean).join(' ');
  return (
    <LabelledField id={id} label={label} hint={hint} error={error} asHeading={asHeading}>
      <textarea
        class={error || remaining < 0 ? 'textarea input--error' : 'textarea'}
        id={id}
        name={fieldId}
        rows={6}
        value={value}
        aria-describedby={describedIds}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {/* Read with the field (aria-describedby); not live itself, so it never talks over typing. */}
      <div id={`${id}-count`} class={remaining < 0 ? 'character-count character-count--over' : 'character-count'}>
        {countText}
      </div>
      <div class="visually-hidden" aria-live="polite">
        {announced}
      </div>
    </LabelledField>
  );
}
