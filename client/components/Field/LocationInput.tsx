import { useState } from 'preact/hooks';
import type { LocationField } from '../../../domain/catalogue/service-definition';
import { useT } from '../../i18n/i18n';
import { TextInput } from './TextInput';
import { LazyMapPicker } from '../MapPicker/LazyMapPicker';
import { formatLatLon } from '../../../domain/maps';
import { inputId } from './field-ids';
import type { TextQuestionProps } from './text-question';

interface Props extends TextQuestionProps {
  def: LocationField;
}

type LocateState = 'idle' | 'locating' | 'found' | 'denied' | 'unavailable';

/**
 * A position as "lat, lon": typed, or taken from the device's location when the citizen presses
 * the button (the browser asks for consent; nothing is located without that press). The outcome
 * is announced politely; the field stays editable either way.
 */
export function LocationInput({ fieldId, def, label, hint, error, value, asHeading, onInput }: Props) {
  const t = useT();
  const [state, setState] = useState<LocateState>('idle');
  const canLocate = typeof navigator !== 'undefined' && 'geolocation' in navigator;

  const locate = () => {
    setState('locating');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        onInput(formatLatLon(position.coords.latitude, position.coords.longitude));
        setState('found');
      },
      (err) => setState(err.code === err.PERMISSION_DENIED ? 'denied' : 'unavailable'),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  };

  return (
    <>
      <TextInput
        fieldId={fieldId}
        def={{ type: 'text', required: def.required, maxLength: 40, width: 20 }}
        label={label}
        hint={hint}
        error={error}
        value={value}
        asHeading={asHeading}
        onInput={onInput}
      />
      {canLocate ? (
        <div class="location-input__actions">
          <button type="button" class="button button--secondary" onClick={locate} disabled={state === 'locating'}>
            {t('common:location.useMine')}
          </button>
        </div>
      ) : null}
      <p class="hint" aria-live="polite">
        {state === 'idle' ? '' : t(`common:location.${state}`)}
      </p>
      <LazyMapPicker id={inputId(fieldId)} value={value} onPick={onInput} />
    </>
  );
}
