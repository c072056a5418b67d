import { describe, expect, it } from 'vitest';
import { SPERRMUELLKARTE_V1 as SPERRMUELLKARTE } from '../../domain/catalogue';
import { formatAnswer } from './format-answer';
import { formatDateAnswer, formatDay, formatTimestamp } from './format-date';

const t = (key: string | string[], options?: Record<string, unknown>) => {
  const k = Array.isArray(key) ? key[0] : key;
  return k.endsWith('.moebel') ? 'Möbel' : String(options?.defaultValue ?? k);
};
const f = (id: string, value: Parameters<typeof formatAnswer>[2], locale = 'de-DE') =>
  formatAnswer(SPERRMUELLKARTE.fields[id], id, value, 'sperrmuellkarte', t, locale);

describe('formatAnswer', () => {
  it('lists ticked options by their label', () => {
    expect(f('items', ['moebel', 'holz'])).toEqual(['Möbel', 'holz']);
    expect(f('items', [])).toBeUndefined();
  });

  it('shows numbers the way the locale writes them, with the unit', () => {
    expect(f('volume', '2.5')).toBe('2,5 m³');
    expect(f('volume', '2,5', 'en-GB')).toBe('2.5 m³');
    expect(f('volume', 'viel')).toBe('viel m³');
    expect(f('volume', ' ')).toBeUndefined();
  });

  it('shows a date with its weekday, and a half-typed date as typed', () => {
    expect(f('pickupDate', { day: '1', month: 'Dezember', year: '2026' })).toBe('Dienstag, 1. Dezember 2026');
    expect(f('pickupDate', { day: '1', month: '', year: '2026' })).toBe('1. 2026');
    expect(formatDateAnswer({ day: '', month: '', year: '' }, 'de-DE')).toBe('');
  });

  it('trims text and treats blank as not answered', () => {
    expect(f('street', '  Markt ')).toBe('Markt');
    expect(f('phone', '')).toBeUndefined();
    expect(f('phone', undefined)).toBeUndefined();
  });
});

describe('timestamps', () => {
  it('are shown in Werne time', () => {
    expect(formatTimestamp('2026-11-25T09:05:00.000Z', 'de-DE')).toBe('25. November 2026 um 10:05');
    expect(formatDay('2026-11-25T23:30:00.000Z', 'de-DE')).toBe('26.11.2026');
  });
});
