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

describe('SlotPicker for appointment times: day first', () => {
  const times = candidateSlots(SLOT_POOLS.buergerbuero, new Date());
  const renderTimes = (value = '') =>
    renderToString(
      <SlotPicker fieldId="slot" def={{ type: 'slot', required: true, pool: 'buergerbuero' }} legend="Wann möchten Sie kommen?" value={value} answers={{}} asHeading={false} onChange={() => undefined} />,
    );

  it('offers a native choice of days with free times, then only the times of one day', () => {
    stored.set('bp-slots:buergerbuero:all', JSON.stringify({ pool: 'buergerbuero', fetchedAt: '2026-11-20T08:15:00.000Z', slots: times.map((id) => ({ id, free: 2 })) }));
    const dayCount = new Set(times.map((t) => t.slice(0, 10))).size;
    const html = renderTimes();
    expect(html).toContain('<label class="label" for="field-slot-day">An welchem Tag möchten Sie kommen?</label>');
    expect(html.match(/<option /g)).toHaveLength(dayCount);
    const firstDay = times[0].slice(0, 10);
    const ofFirstDay = times.filter((t) => t.startsWith(firstDay));
    // Only the first day's times: a dozen radios instead of a week's sixty.
    expect(html.match(/type="radio"/g)).toHaveLength(ofFirstDay.length);
    expect(html).toContain(`freie Zeiten: ${ofFirstDay.length}`);
    expect(html).toMatch(/<legend class="slot-picker__group-legend">Freie Zeiten am \w+, \d+\. \w+/);
  });

  it('opens on the day of a chosen time', () => {
    const later = times.find((t) => t.slice(0, 10) !== times[0].slice(0, 10))!;
    const html = renderTimes(later);
    expect(html).toMatch(new RegExp(`<option selected value="${later.slice(0, 10)}"|<option value="${later.slice(0, 10)}" selected`));
    expect(html).toMatch(new RegExp(`value="${later}"[^>]*checked`));
    expect(html).not.toContain(`value="${times[0]}"`);
  });
});

function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7) + n);
  return d.toISOString().slice(0, 10);
}
