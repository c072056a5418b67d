import { useMemo, useRef, useState } from 'preact/hooks';
import { districtName, suggestStreets, type Street } from '../../../domain/places';
import { useT } from '../../i18n/i18n';
import { LabelledField, describedBy } from '../Field/FormGroup';
import { inputId } from '../Field/field-ids';
import type { TextQuestionProps } from '../Field/text-question';

const MAX_OPTIONS = 8;

/**
 * A street of Werne, with suggestions from the offline street list.
 *
 * Why the WAI-ARIA 1.2 combobox (input role=combobox + listbox) and not `<input list>` with a
 * `<datalist>`: datalist suggestions are not announced by NVDA in Firefox nor by VoiceOver on
 * iOS, their popup ignores page zoom and text spacing (WCAG 1.4.4/1.4.12) and cannot show the
 * district beside the name. GOV.UK's accessible-autocomplete takes the same route: a listbox
 * with aria-activedescendant plus a polite status line saying how many streets match.
 *
 * The typed text is always the value (saved on every keystroke, never replaced by a guess); a
 * suggestion only fills it in when chosen. Whether the street exists is the form's validation.
 */
export function StreetInput({ fieldId, label, hint, error, value, asHeading, onInput }: TextQuestionProps) {
  const t = useT();
  const id = inputId(fieldId);
  const listId = `${id}-listbox`;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const options: Street[] = useMemo(() => suggestStreets(value, MAX_OPTIONS), [value]);
  // No list when the only suggestion is exactly what is typed: nothing left to choose.
  const exact = options.length === 1 && options[0].name === value.trim();
  const expanded = open && options.length > 0 && !exact;

  const choose = (street: Street) => {
    onInput(street.name);
    setOpen(false);
    setActive(-1);
    input.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((i) => (options.length ? (i + 1) % options.length : -1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      setActive((i) => (options.length ? (i <= 0 ? options.length - 1 : i - 1) : -1));
    } else if (e.key === 'Enter' && expanded && active >= 0) {
      // Enter picks the highlighted street instead of sending the form.
      e.preventDefault();
      choose(options[active]);
    } else if (e.key === 'Escape' && expanded) {
      e.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  const status = !open || !value.trim() || exact
    ? ''
    : options.length === 0
      ? t('common:streetInput.none')
      : t('common:streetInput.count', { count: options.length });

  return (
    <LabelledField id={id} label={label} hint={hint} error={error} asHeading={asHeading}>
      <div class="street-input">
        <input
          ref={input}
          class={['input', 'input--width-20', error ? 'input--error' : ''].filter(Boolean).join(' ')}
          id={id}
          name={fieldId}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded ? 'true' : 'false'}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
          aria-describedby={describedBy(id, hint, error)}
          autoComplete="off"
          spellcheck={false}
          value={value}
          onInput={(e) => {
            onInput(e.currentTarget.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <ul class="street-input__list" id={listId} role="listbox" aria-label={label} hidden={!expanded}>
          {expanded
            ? options.map((street, i) => (
                <li
                  key={street.name}
                  id={`${listId}-${i}`}
                  role="option"
                  aria-selected={i === active ? 'true' : 'false'}
                  class={i === active ? 'street-input__option street-input__option--active' : 'street-input__option'}
                  // mousedown, not click: it comes before the input's blur closes the list.
                  onMouseDown={(e) => {
                    e.preventDefault();
                    choose(street);
                  }}
                >
                  {street.name}
                  <span class="street-input__district"> ({districtName(street.district)})</span>
                </li>
              ))
            : null}
        </ul>
        {/* Polite, so the count never interrupts typing (as accessible-autocomplete does). */}
        <div class="visually-hidden" role="status" aria-live="polite">
          {status}
        </div>
      </div>
    </LabelledField>
  );
}
