import { useState } from 'preact/hooks';
import { ErrorSummary } from '../../components/ErrorSummary/ErrorSummary';
import { ErrorMessage, FormGroup, describedBy } from '../../components/Field/FormGroup';
import { formatSlot } from '../../format/format-slot';
import { language, useT } from '../../i18n/i18n';
import { INTL_LOCALES } from '../../i18n/languages';
import { useFormErrors } from '../../components/ErrorSummary/use-form-errors';
import { districtName } from '../../../domain/places';
import { hoursText, openDay, parseHours, type PoolCapacity } from './capacity-api';
import { PoolDateFields } from './PoolDateFields';
import { useAdminCall } from './use-admin-call';

const FIELD_IDS: Record<string, string> = { date: 'open-date', hours: 'open-hours' };

/** The closed and extra days of every pool, each closed day with a button to open it again, and a form for an extra day. */
export function CapacityDays({ pools, onChanged }: { pools: PoolCapacity[]; onChanged(pool: PoolCapacity, key: string, date: string): void }) {
  const t = useT();
  const locale = INTL_LOCALES[language.value];
  const errors = useFormErrors((f) => FIELD_IDS[f] ?? 'open-date', 'date');
  const { busy, call } = useAdminCall(errors);
  const [pool, setPool] = useState(pools[0].id);
  const [date, setDate] = useState('');
  const [hours, setHours] = useState('08:00–12:00');
  const isTime = pools.find((p) => p.id === pool)?.kind === 'time';
  const day = (d: string) => formatSlot(d, locale, t);

  const reopen = (poolId: string, d: string, district?: string) => void call(() => openDay(poolId, d, undefined, district), (saved) => onChanged(saved, 'dayOpened', d));
  const submit = (event: Event) => {
    event.preventDefault();
    const ranges = isTime ? parseHours(hours) : undefined;
    if (isTime && !ranges?.length) return errors.show((t) => [{ field: 'hours', text: t('capacity:errors.hours.time') }]);
    void call(() => openDay(pool, date, ranges), (saved) => {
      errors.clear();
      setDate('');
      onChanged(saved, 'dayOpened', date);
    });
  };

  const dateError = errors.at('date');
  const hoursError = errors.at('hours');
  return (
    <section aria-labelledby="days-heading">
      <h2 class="heading-m" id="days-heading">
        {t('capacity:page.daysTitle')}
      </h2>
      {pools.map((p) => (
        <div key={p.id}>
          <h3 class="heading-s">{t(`capacity:page.pools.${p.id}`)}</h3>
          {p.closed.length + p.closedDistricts.length + p.extra.length === 0 ? <p>{t('capacity:page.noChanges')}</p> : null}
          <ul class="plain-list">
            {p.closed.map((c) => (
              <li key={c.date}>
                {t('capacity:page.closedDay', { date: day(c.date), reason: c.reason })}{' '}
                <button type="button" class="button button--secondary" disabled={busy} onClick={() => reopen(p.id, c.date)}>
                  {t('capacity:page.reopen')}
                  <span class="visually-hidden"> {day(c.date)}</span>
                </button>
              </li>
            ))}
            {p.closedDistricts.map((c) => (
              <li key={`${c.date}-${c.district}`}>
                {t('capacity:page.closedDistrictDay', { date: day(c.date), district: districtName(c.district), reason: c.reason })}{' '}
                <button type="button" class="button button--secondary" disabled={busy} onClick={() => reopen(p.id, c.date, c.district)}>
                  {t('capacity:page.reopen')}
                  <span class="visually-hidden">
                    {' '}
                    {day(c.date)}, {districtName(c.district)}
                  </span>
                </button>
              </li>
            ))}
            {p.extra.map((e) => (
              <li key={e.date}>{t('capacity:page.extraDay', { date: day(e.date), hours: hoursText(e.hours) || '–' })}</li>
            ))}
          </ul>
        </div>
      ))}
      <h3 class="heading-s" id="open-heading">
        {t('capacity:page.openTitle')}
      </h3>
      <ErrorSummary errors={errors.summary} focusToken={errors.focusToken} />
      <form noValidate onSubmit={submit} aria-labelledby="open-heading">
        <PoolDateFields prefix="open" pools={pools} pool={pool} onPool={setPool} date={date} onDate={setDate} dateError={dateError} />
        {isTime ? (
          <FormGroup error={hoursError}>
            <label class="label" for="open-hours">
              {t('capacity:page.openHours')}
            </label>
            <ErrorMessage id="open-hours-error" text={hoursError} />
            <input class="input" id="open-hours" value={hours} aria-describedby={describedBy('open-hours', undefined, hoursError)} onInput={(e) => setHours(e.currentTarget.value)} />
          </FormGroup>
        ) : null}
        <button type="submit" class="button button--secondary" disabled={busy}>
          {t('capacity:page.openDay')}
        </button>
      </form>
    </section>
  );
}
