import { districtIds, districtName } from '../../../domain/places';
import { useT } from '../../i18n/i18n';

/** Which district a day is closed in; the first choice (empty) closes it everywhere. A native select: short list, one choice. */
export function DistrictSelect({ value, onChange }: { value: string; onChange(district: string): void }) {
  const t = useT();
  return (
    <div class="form-group">
      <label class="label" for="close-district">
        {t('capacity:page.district')}
      </label>
      <div class="hint" id="close-district-hint">
        {t('capacity:page.districtHint')}
      </div>
      <select class="select" id="close-district" aria-describedby="close-district-hint" value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{t('capacity:page.allDistricts')}</option>
        {districtIds().map((d) => (
          <option key={d} value={d}>
            {districtName(d)}
          </option>
        ))}
      </select>
    </div>
  );
}
