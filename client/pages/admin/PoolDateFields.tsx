import { ErrorMessage, FormGroup, describedBy } from '../../components/Field/FormGroup';
import { useT } from '../../i18n/i18n';
import type { PoolCapacity } from './capacity-api';

/** The area (a native select) and the day of a capacity form; ids `<prefix>-pool` and `<prefix>-date`. */
export function PoolDateFields(props: { prefix: string; pools: PoolCapacity[]; pool: string; onPool(id: string): void; date: string; onDate(date: string): void; dateError?: string }) {
  const t = useT();
  const { prefix, dateError } = props;
  return (
    <>
      <div class="form-group">
        <label class="label" for={`${prefix}-pool`}>
          {t('capacity:page.pool')}
        </label>
        <select class="select" id={`${prefix}-pool`} value={props.pool} onChange={(e) => props.onPool(e.currentTarget.value)}>
          {props.pools.map((p) => (
            <option key={p.id} value={p.id}>
              {t(`capacity:page.pools.${p.id}`)}
            </option>
          ))}
        </select>
      </div>
      <FormGroup error={dateError}>
        <label class="label" for={`${prefix}-date`}>
          {t('capacity:page.date')}
        </label>
        <ErrorMessage id={`${prefix}-date-error`} text={dateError} />
        <input
          class="input capacity-date"
          type="date"
          id={`${prefix}-date`}
          value={props.date}
          aria-describedby={describedBy(`${prefix}-date`, undefined, dateError)}
          onInput={(e) => props.onDate(e.currentTarget.value)}
        />
      </FormGroup>
    </>
  );
}
