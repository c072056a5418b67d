import { describe, expect, it } from 'vitest';
import { formatEuro } from '../../domain/catalogue/fee';
import { INTL_LOCALES } from '../i18n/languages';
import { formatCalendarDate, formatDay } from './format-date';
import { formatSlotTime } from './format-slot';

const DAY = { year: 2026, month: 12, day: 7 };

describe('dates, times and amounts in the newer languages', () => {
  it('write Turkish and Ukrainian months in their language', () => {
    expect(formatCalendarDate(DAY, INTL_LOCALES.tr)).toBe('7 Aralık 2026 Pazartesi');
    expect(formatCalendarDate(DAY, INTL_LOCALES.uk)).toContain('грудня 2026');
  });

  it('write Arabic words with Latin digits, as the city’s letters and forms do', () => {
    const date = formatCalendarDate(DAY, INTL_LOCALES.ar);
    expect(date).toMatch(/ديسمبر|كانون الأول/);
    expect(date).toContain('2026');
    expect(date).not.toMatch(/[\u0660-\u0669]/);
    expect(formatDay('2026-12-07T10:00:00Z', INTL_LOCALES.ar)).not.toMatch(/[\u0660-\u0669]/);
    expect(formatEuro(2550, INTL_LOCALES.ar)).toMatch(/25[.,]50/);
    expect(formatSlotTime('08:20', INTL_LOCALES.ar)).toMatch(/^08:20/);
  });

  it('write amounts as each language does', () => {
    expect(formatEuro(2550, INTL_LOCALES.tr)).toMatch(/€\s?25,50|25,50\s?€/);
    expect(formatEuro(2550, INTL_LOCALES.uk)).toMatch(/25,50\s?(€|EUR)/);
  });
});
