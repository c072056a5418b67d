import type { Pickup, WasteType } from '../../../domain/waste-calendar';
import { useT } from '../../i18n/i18n';
import { formatDay } from './waste-format';

/**
 * A bin's colour as a small mark, always beside its name: the colour helps at a glance, the text
 * carries the meaning (WCAG 1.4.1, never colour alone), so the mark is hidden from screen readers.
 */
export function BinLabel({ type, short = false }: { type: WasteType; short?: boolean }) {
  const t = useT();
  return (
    <span class="bin">
      <span class={`bin__mark bin__mark--${type}`} aria-hidden="true" />
      {t(short ? `waste:short.${type}` : `waste:types.${type}`)}
    </span>
  );
}

/** One day's pickups: each bin with its mark, and why a pickup moved (holiday or a one-off move). */
export function PickupList({ pickups, locale }: { pickups: readonly Pickup[]; locale: string }) {
  const t = useT();
  return (
    <ul class="plain-list bin-list">
      {pickups.map((p) => (
        <li key={p.type}>
          <BinLabel type={p.type} />
          {p.movedFrom ? ` – ${t(p.movedBecause === 'move' ? 'waste:movedOther' : 'waste:moved', { date: formatDay(p.movedFrom, locale) })}` : null}
        </li>
      ))}
    </ul>
  );
}
