import { describe, expect, it } from 'vitest';
import { BRING_ALONG } from '../catalogue/services/termin-bring-along';
import { TERMIN_BUERGERBUERO_V1 } from '../catalogue/services/termin-buergerbuero';
import { slotInterval, werneTimeToInstant } from './appointment-time';

describe('appointment times as instants', () => {
  it('knows winter and summer time in Werne', () => {
    expect(werneTimeToInstant('2026-12-07', '08:20').toISOString()).toBe('2026-12-07T07:20:00.000Z');
    expect(werneTimeToInstant('2027-07-01', '14:00').toISOString()).toBe('2027-07-01T12:00:00.000Z');
    // The Monday after the clock change (29 March 2027).
    expect(werneTimeToInstant('2027-03-29', '08:00').toISOString()).toBe('2027-03-29T06:00:00.000Z');
  });

  it('gives a slot its 20 minutes, and nothing for a day slot', () => {
    const slot = slotInterval('2026-12-10T17:40', 20)!;
    expect(slot.start.toISOString()).toBe('2026-12-10T16:40:00.000Z');
    expect(slot.end.toISOString()).toBe('2026-12-10T17:00:00.000Z');
    expect(slotInterval('2026-12-10', 20)).toBeUndefined();
  });

  it('has a list of what to bring for every concern of the appointment service', () => {
    const concerns = (TERMIN_BUERGERBUERO_V1.fields.concern as unknown as { options: string[] }).options;
    expect(Object.keys(BRING_ALONG).sort()).toEqual([...concerns].sort());
    expect(BRING_ALONG.anmeldung).toContain('wohnungsgeber');
  });
});
