import { useEffect, useState } from 'preact/hooks';
import type { Answers, SlotField } from '../../../domain/catalogue/service-definition';
import { candidateSlots, countsPerDistrict, findPool, inBookingWindow, slotDistrict } from '../../../domain/slots';
import { browserOnline } from '../../data/sync-state';
import { formatSlot, formatSlotDay, formatSlotTime } from '../../format/format-slot';
import { formatTimestamp } from '../../format/format-date';
import { language, useT } from '../../i18n/i18n';
import { INTL_LOCALES } from '../../i18n/languages';
import { ErrorMessage, FormGroup, Hint, QuestionText } from '../Field/FormGroup';
import { inputId } from '../Field/field-ids';
import { cachedFreeSlots, loadFreeSlots, type FreeSlotList } from './free-slots-cache';
import { groupSlots } from './group-slots';

interface Props {
  fieldId: string;
  def: SlotField;
  legend: string;
  hint?: string;
  error?: string;
  value: string;
  answers: Answers;
  asHeading: boolean;
  onChange(value: string): void;
}

/** Groups shown at first: three weeks of pickup days, or five office days. */
const FIRST_GROUPS = { day: 3, time: 5 } as const;

/** Each radio's id; the first is the field's id, where the error summary points. */
function radioId(fieldId: string, index: number): string {
  return index === 0 ? inputId(fieldId) : `${inputId(fieldId)}-${index}`;
}

/** Fetches the free slots once per pool and district; falls back to the device's last copy. */
function useFreeSlots(pool: string, district: string | undefined, wanted: boolean) {
  const [list, setList] = useState<FreeSlotList | undefined>(() => (wanted ? cachedFreeSlots(pool, district) : undefined));
  const [state, setState] = useState<'loading' | 'fresh' | 'failed'>('loading');
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    setList(cachedFreeSlots(pool, district));
    setState('loading');
    loadFreeSlots(pool, district)
      .then((fresh) => live && (setList(fresh), setState('fresh')))
      .catch(() => live && setState('failed'));
    return () => {
      live = false;
    };
  }, [pool, district, wanted]);
  return { list, state };
}

/**
 * A slot question (pickup day, appointment time): native radios in groups by week or day,
 * chosen from the free slots the server last said it has. Offline the last list is offered with
 * its date ("Stand"), and the choice is a wish the server confirms when the request arrives.
 */
export function SlotPicker({ fieldId, def, legend, hint, error, value, answers, asHeading, onChange }: Props) {
  const t = useT();
  const locale = INTL_LOCALES[language.value];
  const pool = findPool(def.pool);
  const perDistrict = !!pool && countsPerDistrict(pool);
  const district = pool && perDistrict ? slotDistrict(def, answers) : undefined;
  const wanted = !!pool && (!perDistrict || district !== undefined);
  const { list, state } = useFreeSlots(def.pool, district, wanted);
  const [groupsShown, setGroupsShown] = useState<number>(pool ? FIRST_GROUPS[pool.kind] : 3);
  const id = inputId(fieldId);

  // A stale copy may still list days that have come too close meanwhile.
  const now = new Date();
  // Offline with no list ever fetched: every possible slot, as a wish the server will check.
  const unknown = wanted && !list && state === 'failed';
  const source: { id: string; free?: number }[] = list?.slots ?? (unknown && pool ? candidateSlots(pool, now).map((id) => ({ id })) : []);
  const free = source.filter((s) => pool && inBookingWindow(pool, s.id, now));
  const freeCount = new Map(free.map((s) => [s.id, s.free]));
  const groups = groupSlots(free.map((s) => s.id));
  // Appointment times: day first, then that day's times (a week of radios was ~4,900 px on a phone).
  const dayFirst = pool?.kind === 'time';
  const [chosenDay, setChosenDay] = useState<string | undefined>(undefined);
  const day = dayFirst ? (groups.find((g) => g.key === (chosenDay ?? value.slice(0, 10))) ?? groups[0])?.key : undefined;
  const visible = dayFirst ? groups.filter((g) => g.key === day) : groups.slice(0, groupsShown);
  const listed = new Set(visible.flatMap((g) => g.slots));
  const stand = list ? formatTimestamp(list.fetchedAt, locale) : undefined;
  const offline = state === 'failed' || !browserOnline.value;

  const status = !wanted
    ? t('slots:picker.needDistrict')
    : !list && state === 'loading'
      ? t('slots:picker.loading')
      : !list
        ? t('slots:picker.noList')
        : offline
          ? t('slots:picker.offline', { time: stand })
          : free.length === 0
            ? t('slots:picker.none')
            : t('slots:picker.stand', { time: stand });
  const describedBy = [hint ? `${id}-hint` : '', `${id}-status`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  let index = 0;

  const radio = (slotId: string, label: string) => {
    const rid = radioId(fieldId, index++);
    const places = freeCount.get(slotId);
    return (
      <div class="slot-picker__item" key={slotId}>
        <input
          class="slot-picker__input"
          id={rid}
          name={fieldId}
          type="radio"
          value={slotId}
          checked={value === slotId}
          onChange={() => onChange(slotId)}
        />
        <label class="slot-picker__label" for={rid}>
          {label}
          {places === 1 ? <span class="slot-picker__places"> – {t('slots:picker.free', { count: 1 })}</span> : null}
        </label>
      </div>
    );
  };

  return (
    <FormGroup error={error}>
      <fieldset class="fieldset slot-picker" aria-describedby={describedBy}>
        <legend class={asHeading ? 'fieldset__legend fieldset__legend--heading' : 'fieldset__legend'}>
          <QuestionText text={legend} asHeading={asHeading} />
        </legend>
        <Hint id={`${id}-hint`} text={hint} />
        <p class={offline ? 'slot-picker__status inset-text' : 'slot-picker__status'} id={`${id}-status`}>
          {status}
        </p>
        <ErrorMessage id={`${id}-error`} text={error} />
        {value && !listed.has(value) ? (
          // The wish made earlier (offline, or before the list changed) stays visible and kept.
          <div class="slot-picker__chosen">{radio(value, t('slots:picker.chosen', { slot: formatSlot(value, locale, t) }))}</div>
        ) : null}
        {dayFirst && groups.length ? (
          <div class="form-group slot-picker__day">
            <label class="label" for={`${id}-day`}>
              {t('slots:picker.dayLabel')}
            </label>
            <div class="hint" id={`${id}-day-hint`}>
              {t('slots:picker.dayHint')}
            </div>
            <select class="select" id={`${id}-day`} aria-describedby={`${id}-day-hint`} value={day} onChange={(e) => setChosenDay(e.currentTarget.value)}>
              {groups.map((g) => (
                <option key={g.key} value={g.key}>
                  {t('slots:picker.dayOption', { date: formatSlotDay(g.key, locale), count: g.slots.length })}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {visible.map((group) => (
          <fieldset class="slot-picker__group" key={group.key}>
            <legend class="slot-picker__group-legend">
              {dayFirst ? t('slots:picker.times', { date: formatSlotDay(group.key, locale) }) : t('slots:picker.week', { date: formatSlotDay(group.key, locale) })}
            </legend>
            {group.slots.map((slotId) =>
              radio(slotId, pool?.kind === 'time' ? t('slots:format.time', { time: formatSlotTime(slotId.slice(11), locale) }) : formatSlot(slotId, locale, t)),
            )}
          </fieldset>
        ))}
        {!dayFirst && groups.length > groupsShown ? (
          <button type="button" class="button button--secondary" onClick={() => setGroupsShown((n) => n + (pool ? FIRST_GROUPS[pool.kind] : 3))}>
            {t('slots:picker.more')}
          </button>
        ) : null}
      </fieldset>
    </FormGroup>
  );
}
