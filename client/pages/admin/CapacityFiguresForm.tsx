import { useState } from 'preact/hooks';
import { districtIds, districtName } from '../../../domain/places/streets';
import { ErrorSummary } from '../../components/ErrorSummary/ErrorSummary';
import { ErrorMessage, FormGroup, describedBy } from '../../components/Field/FormGroup';
import { useT } from '../../i18n/i18n';
import { useFormErrors } from '../../components/ErrorSummary/use-form-errors';
import { hoursText, parseHours, saveCapacity, type CapacityFigures, type PoolCapacity } from './capacity-api';
import { useAdminCall } from './use-admin-call';

const WEEKDAYS = ['1', '2', '3', '4', '5', '6'];
const idOf = (pool: string) => (field: string) => `${pool}-${field.replace('.', '-')}`;

/** One number (or hours) field with its label, hint and error. */
function Field(props: { id: string; label: string; hint?: string; error?: string; value: string; number?: boolean; onInput(v: string): void }) {
  return (
    <FormGroup error={props.error}>
      <label class="label" for={props.id}>
        {props.label}
      </label>
      {props.hint ? (
        <div class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </div>
      ) : null}
      <ErrorMessage id={`${props.id}-error`} text={props.error} />
      <input
        class={props.number ? 'input input--width-4' : 'input'}
        id={props.id}
        name={props.id}
        {...(props.number ? { inputMode: 'numeric' as const } : {})}
        value={props.value}
        aria-describedby={describedBy(props.id, props.hint, props.error)}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    </FormGroup>
  );
}

/**
 * The figures of one pool: pickups per day for each district, or the office's counters and its
 * hours per weekday. Saved against the revision read; the server refuses figures below what is
 * already booked and names the day.
 */
export function CapacityFiguresForm({ pool, onSaved }: { pool: PoolCapacity; onSaved(pool: PoolCapacity, key: string): void }) {
  const t = useT();
  const errors = useFormErrors(idOf(pool.id), pool.kind === 'day' ? `perDistrict.${districtIds()[0]}` : 'counters');
  const { busy, call } = useAdminCall(errors);
  const [values, setValues] = useState<Record<string, string>>(() =>
    pool.kind === 'day'
      ? Object.fromEntries(districtIds().map((d) => [`perDistrict.${d}`, String(pool.perDistrict?.[d] ?? 0)]))
      : { counters: String(pool.counters ?? 0), ...Object.fromEntries(WEEKDAYS.map((d) => [`hours.${d}`, hoursText(pool.hours?.[d])])) },
  );
  const set = (field: string) => (v: string) => setValues({ ...values, [field]: v });
  const id = idOf(pool.id);

  const submit = (event: Event) => {
    event.preventDefault();
    const local: { field: string; key: string }[] = [];
    const count = (field: string) => {
      const n = Number(values[field].trim());
      if (!/^\d{1,3}$/.test(values[field].trim())) local.push({ field, key: 'capacity:errors.perDistrict.count' });
      return n;
    };
    let figures: CapacityFigures;
    if (pool.kind === 'day') {
      figures = { perDistrict: Object.fromEntries(districtIds().map((d) => [d, count(`perDistrict.${d}`)])) };
    } else {
      const hours: Record<string, [string, string][]> = {};
      for (const d of WEEKDAYS) {
        const parsed = parseHours(values[`hours.${d}`]);
        if (!parsed) local.push({ field: `hours.${d}`, key: 'capacity:errors.hours.time' });
        else hours[d] = parsed;
      }
      figures = { counters: count('counters'), hours };
    }
    if (local.length) return errors.show((t) => local.map(({ field, key }) => ({ field, text: t(key) })));
    void call(() => saveCapacity(pool.id, pool.rev, figures), (saved) => {
      errors.clear();
      onSaved(saved, 'figuresSaved');
    });
  };

  return (
    <form noValidate onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <ErrorSummary errors={errors.summary} focusToken={errors.focusToken} />
      <h2 class="heading-m" id={`${id}-heading`}>
        {t(`capacity:page.pools.${pool.id}`)}
      </h2>
      {pool.kind === 'day' ? (
        <fieldset class="fieldset">
          <legend class="fieldset__legend">{t('capacity:page.perDistrict')}</legend>
          {districtIds().map((d) => (
            <Field key={d} id={id(`perDistrict.${d}`)} number label={districtName(d)} error={errors.at(`perDistrict.${d}`)} value={values[`perDistrict.${d}`]} onInput={set(`perDistrict.${d}`)} />
          ))}
        </fieldset>
      ) : (
        <>
          <Field id={id('counters')} number label={t('capacity:page.counters')} hint={t('capacity:page.countersHint', { minutes: pool.minutes })} error={errors.at('counters')} value={values.counters} onInput={set('counters')} />
          <fieldset class="fieldset">
            <legend class="fieldset__legend">{t('capacity:page.hours')}</legend>
            <p class="hint">{t('capacity:page.hoursHint')}</p>
            {WEEKDAYS.map((d) => (
              <Field key={d} id={id(`hours.${d}`)} label={t(`capacity:page.weekdays.${d}`)} error={errors.at(`hours.${d}`)} value={values[`hours.${d}`]} onInput={set(`hours.${d}`)} />
            ))}
          </fieldset>
        </>
      )}
      <button type="submit" class="button" disabled={busy}>
        {t('capacity:page.saveFigures')}
      </button>
    </form>
  );
}
