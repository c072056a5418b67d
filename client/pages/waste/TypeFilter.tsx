import { useState } from 'preact/hooks';
import { WASTE_TYPES, type WasteType } from '../../../domain/waste-calendar';
import { ErrorMessage, FormGroup, Hint } from '../../components/Field/FormGroup';
import { useT } from '../../i18n/i18n';
import { BinLabel } from './BinLabel';

/**
 * Which bins to show: native checkboxes in a fieldset (GOV.UK checkboxes), applied with a button
 * so the page does not change under a screen reader's cursor while ticking.
 */
export function TypeFilter({ chosen, onApply }: { chosen: readonly WasteType[]; onApply(types: WasteType[]): void }) {
  const t = useT();
  const [ticked, setTicked] = useState<readonly WasteType[]>(chosen);
  const [error, setError] = useState(false);
  const submit = (e: Event) => {
    e.preventDefault();
    if (ticked.length === 0) return setError(true);
    setError(false);
    onApply(WASTE_TYPES.filter((type) => ticked.includes(type)));
  };
  return (
    <form onSubmit={submit} noValidate class="waste-filter">
      <FormGroup error={error ? t('waste:filter.none') : undefined}>
        <fieldset class="fieldset" aria-describedby={`waste-types-hint${error ? ' waste-types-error' : ''}`}>
          <legend class="fieldset__legend">{t('waste:filter.legend')}</legend>
          <Hint id="waste-types-hint" text={t('waste:filter.hint')} />
          <ErrorMessage id="waste-types-error" text={error ? t('waste:filter.none') : undefined} />
          <div class="checkboxes checkboxes--small">
            {WASTE_TYPES.map((type) => (
              <div class="checkboxes__item" key={type}>
                <input
                  class="checkboxes__input"
                  id={`waste-type-${type}`}
                  name="arten"
                  type="checkbox"
                  value={type}
                  checked={ticked.includes(type)}
                  onChange={(e) => setTicked((now) => (e.currentTarget.checked ? [...now, type] : now.filter((x) => x !== type)))}
                />
                <label class="checkboxes__label" for={`waste-type-${type}`}>
                  <BinLabel type={type} />
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </FormGroup>
      <button type="submit" class="button button--secondary">
        {t('waste:filter.apply')}
      </button>
    </form>
  );
}
