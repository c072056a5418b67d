import { renderToString } from 'preact-render-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLOT_POOLS, candidateSlots } from '../../../domain/slots';
import { browserOnline } from '../../data/sync-state';
import { initAllTexts } from '../../test-support/all-texts';
import { SlotPicker } from './SlotPicker';

/** The browser's storage, in memory: the picker reads the last list the device kept. */
const stored = new Map<string, string>();
const memoryStorage = {
  getItem: (k: string) => stored.get(k) ?? null,
  setItem: (k: string, v: string) => void stored.set(k, v),
  removeItem: (k: string) => void stored.delete(k),
} as Storage;

beforeAll(async () => {
  Object.defineProperty(globalThis, 'localStorage', { value: memoryStorage, configurable: true });
  initAllTexts('de');
  browserOnline.value = false;
});
afterAll(() => {
  browserOnline.value = true;
});

const days = candidateSlots(SLOT_POOLS.sperrmuell, new Date());
const render = (answers: Record<string, string>, value = '') =>
  renderToString(
    <SlotPicker
      fieldId="pickupSlot"
      def={{ type: 'slot', required: true, pool: 'sperrmuell', districtFrom: 'street' }}
      legend="An welchem Tag sollen wir abholen?"
      value={value}
      answers={answers}
      asHeading={false}
      onChange={() => undefined}
    />,
  );

describe('SlotPicker', () => {
  it('offers the last known free days offline, with when the list was fetched, grouped by week', () => {
    stored.set(
      'bp-slots:sperrmuell:mitte',
      JSON.stringify({ pool: 'sperrmuell', district: 'mitte', fetchedAt: '2026-11-20T08:15:00.000Z', slots: days.slice(0, 12).map((id) => ({ id, free: id === days[1] ? 1 : 3 })) }),
    );
    const html = render({ street: 'Bonenstraße' }, days[2]);
    expect(html).toContain('Sie sind offline. Diese freien Termine sind vom 20. November 2026 um 09:15');
    expect(html).toMatch(/<legend class="slot-picker__group-legend">Woche ab Montag, \d+\. \w+<\/legend>/);
    expect(html).toContain('id="field-pickupSlot" name="pickupSlot" type="radio"');
    expect(html).toMatch(new RegExp(`value="${days[2]}"[^>]*checked`));
    expect(html).toContain('noch 1 Platz frei');
    expect(html).toContain('aria-describedby="field-pickupSlot-status"');
    expect(html.match(/type="radio"/g)).toHaveLength(days.slice(0, 12).filter((d) => d < addDays(days[0], 21)).length);
  });

  it('asks for a street first when the district is not known', () => {
    const html = render({ street: 'Nirgendwo' });
    expect(html).toContain('Geben Sie zuerst eine Straße in Werne an.');
    expect(html).not.toContain('type="radio"');
  });

  it('keeps a wish visible that is not in the list (made offline, or taken meanwhile)', () => {
    const html = render({ street: 'Lindert' }, days[30]);
    expect(html).toContain('Ihr Wunschtermin:');
    expect(html).toMatch(new RegExp(`value="${days[30]}"[^>]*checked`));
  });
});

function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7) + n);
  return d.toISOString().slice(0, 10);
}
