import { useRef, useState } from 'preact/hooks';
import { ErrorSummary } from '../../components/ErrorSummary/ErrorSummary';
import { ErrorMessage, FormGroup, describedBy } from '../../components/Field/FormGroup';
import { formatSlot } from '../../format/format-slot';
import { language, useT } from '../../i18n/i18n';
import { INTL_LOCALES } from '../../i18n/languages';
import { useFormErrors } from '../../components/ErrorSummary/use-form-errors';
import { closeDay, type PoolCapacity } from './capacity-api';
import { DistrictSelect } from './DistrictSelect';
import { PoolDateFields } from './PoolDateFields';
import { useAdminCall } from './use-admin-call';

type Preview = Awaited<ReturnType<typeof closeDay>>;
const FIELD_IDS: Record<string, string> = { date: 'close-date', reason: 'close-reason', handling: 'close-handling', pool: 'close-pool' };

/**
 * Closing a day, in two steps (GOV.UK "check answers"): first the bookings it affects and where
 * each would go are shown with the count, then the administrator confirms. Nothing is changed
 * before the confirmation.
 */
export function CloseDayForm({ pools, onClosed }: { pools: PoolCapacity[]; onClosed(pool: PoolCapacity, count: number, date: string, district?: string): void }) {
  const t = useT();
  const locale = INTL_LOCALES[language.value];
  const errors = useFormErrors((f) => FIELD_IDS[f] ?? 'close-date', 'date');
  const { busy, call } = useAdminCall(errors);
  const [pool, setPool] = useState(pools[0].id);
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const [handling, setHandling] = useState<'move' | 'cancel'>('move');
  // Empty: the whole day in every district. Only pickups are counted per district.
  const [district, setDistrict] = useState('');
  const [preview, setPreview] = useState<Preview | undefined>(undefined);
  const previewRef = useRef<HTMLDivElement>(null);
  const perDistrict = pools.find((p) => p.id === pool)?.kind === 'day';
  const input = { date, reason, handling, ...(perDistrict && district ? { district } : {}) };

  const check = (event: Event) => {
    event.preventDefault();
    void call(() => closeDay(pool, input), (found) => {
      errors.clear();
      setPreview(found);
      requestAnimationFrame(() => previewRef.current?.focus());
    });
  };
  const confirm = () =>
    void call(() => closeDay(pool, { ...input, confirm: true }), (done) => {
      setPreview(undefined);
      setDate('');
      setReason('');
      onClosed(done.pool, done.affected, done.date, input.district);
    });

  const slot = (s: string) => formatSlot(s, locale, t);
  const dateError = errors.at('date');
  const reasonError = errors.at('reason');
  return (
    <section aria-labelledby="close-heading">
      <h2 class="heading-m" id="close-heading">
        {t('capacity:page.closeTitle')}
      </h2>
      <ErrorSummary errors={errors.summary} focusToken={errors.focusToken} />
      <form noValidate onSubmit={check}>
        <PoolDateFields
          prefix="close"
          pools={pools}
          pool={pool}
          onPool={(id) => (setPool(id), setPreview(undefined))}
          date={date}
          onDate={(d) => (setDate(d), setPreview(undefined))}
          dateError={dateError}
        />
        {perDistrict ? <DistrictSelect value={district} onChange={(d) => (setDistrict(d), setPreview(undefined))} /> : null}
        <FormGroup error={reasonError}>
          <label class="label" for="close-reason">
            {t('capacity:page.reason')}
          </label>
          <div class="hint" id="close-reason-hint">
            {t('capacity:page.reasonHint')}
          </div>
          <ErrorMessage id="close-reason-error" text={reasonError} />
          <input class="input" id="close-reason" maxLength={200} value={reason} aria-describedby={describedBy('close-reason', 'hint', reasonError)} onInput={(e) => (setReason(e.currentTarget.value), setPreview(undefined))} />
        </FormGroup>
        <fieldset class="fieldset" id="close-handling">
          <legend class="fieldset__legend">{t('capacity:page.handling')}</legend>
          {(['move', 'cancel'] as const).map((h) => (
            <div class="checkboxes__item" key={h}>
              <input class="checkboxes__input" type="radio" id={`close-handling-${h}`} name="handling" value={h} checked={handling === h} onChange={() => (setHandling(h), setPreview(undefined))} />
              <label class="checkboxes__label" for={`close-handling-${h}`}>
                {t(`capacity:page.handlings.${h}`)}
              </label>
            </div>
          ))}
        </fieldset>
        <button type="submit" class="button button--secondary" disabled={busy}>
          {t('capacity:page.showAffected')}
        </button>
      </form>
      {preview ? (
        <div class="focus-target inset-text" tabIndex={-1} ref={previewRef} id="close-preview" aria-labelledby="close-preview-heading">
          <h3 class="heading-s" id="close-preview-heading">
            {t('capacity:page.affected', { count: preview.affected, date: slot(preview.date) })}
          </h3>
          {preview.moves.length ? (
            <table class="table">
              <thead>
                <tr>
                  <th scope="col">{t('capacity:page.reference')}</th>
                  <th scope="col">{t('capacity:page.from')}</th>
                  <th scope="col">{t('capacity:page.to')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.moves.map((m) => (
                  <tr key={m.requestId}>
                    <td>{m.reference}</td>
                    <td>{slot(m.from)}</td>
                    <td>{m.to ? slot(m.to) : t('capacity:page.chooseAgain')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <p>{t('capacity:page.confirmNote')}</p>
          <div class="button-group">
            <button type="button" class="button button--warning" disabled={busy} onClick={confirm}>
              {t('capacity:page.confirmClose')}
            </button>
            <button type="button" class="button button--secondary" onClick={() => setPreview(undefined)}>
              {t('capacity:page.cancel')}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
