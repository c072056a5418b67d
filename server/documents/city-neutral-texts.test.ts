import { describe, expect, it, vi } from 'vitest';

// Issue 15, "a second sample city proves another city can adopt the portal by configuration
// alone": this file's process runs as Musterstadt, and nothing it renders may name Werne.
vi.hoisted(() => {
  process.env.CITY = 'musterstadt';
});

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildCalendar } from '../../domain/waste-calendar/icalendar';
import { translator, type Language } from '../http/i18n';
import { MAIL_KINDS } from '../mail/outbox';
import { renderMail } from '../mail/render-mail';
import { loadPaymentsConfig } from '../payments/payments-config';

/** Werne's name (also as Ukrainian and Arabic write it), postcode, area code, town-hall address and mail domain. */
const WERNE = /Werne|Верне|فيرنه|59368|02389|Konrad-Adenauer-Platz|stadt-werne/;
const LOCALES = path.resolve(__dirname, '../../locales');
const LANGUAGES = readdirSync(LOCALES) as Language[];

/** Every text of a locale file as `ns:key.path` → text. */
function texts(lng: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of readdirSync(path.join(LOCALES, lng))) {
    const ns = file.replace(/\.json$/, '');
    const walk = (value: unknown, at: string): void => {
      if (typeof value === 'string') found.set(`${ns}:${at}`, value);
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, at ? `${at}.${k}` : k);
    };
    walk(JSON.parse(readFileSync(path.join(LOCALES, lng, file), 'utf8')), '');
  }
  return found;
}

describe('the portal as Musterstadt names no other city (CITY=musterstadt)', () => {
  it('renders every text of every page, letter and mail in every language with this city, never Werne', () => {
    expect(LANGUAGES).toHaveLength(6);
    let named = 0;
    for (const lng of LANGUAGES) {
      const t = translator(lng);
      for (const [key, raw] of texts(lng)) {
        expect(raw, `${lng} ${key} (as written)`).not.toMatch(WERNE);
        if (key.includes(':apiErrors') || !/\{\{(city|authority|address|postcode|phone)\}\}/.test(raw)) continue;
        // Array items are read by index (`lead.0`), as i18next does.
        const shown = String(t(key));
        expect(shown, `${lng} ${key}`).not.toMatch(WERNE);
        expect(shown, `${lng} ${key}`).toMatch(/Musterstadt|12345|01234 5678-0/);
        named++;
      }
    }
    // The texts that name the city do so through the configuration (dozens per language).
    expect(named).toBeGreaterThan(6 * 30);
  });

  it('sends every kind of mail in every language from and signed by this city', () => {
    for (const lng of ['de', 'de-x-easy', 'en', 'tr', 'uk', 'ar'] as const) {
      for (const kind of MAIL_KINDS) {
        const mail = renderMail(kind, lng, { link: 'http://127.0.0.1/x', minutes: 30, hours: 24, reference: 'SPM-2026-000123' });
        for (const part of [mail.subject, mail.text, mail.html]) expect(part, `${lng} ${kind}`).not.toMatch(WERNE);
        expect(mail.text, `${lng} ${kind}`).toContain('Musterstadt');
      }
    }
  });

  it("names this city's Stadtkasse as the creditor, and the calendar files the product and this city's Bürgerbüro", () => {
    // The invoice PDF with this creditor is read in city-identity.test.ts.
    expect(loadPaymentsConfig({}).creditor.name).toBe('Gemeinde Musterstadt – Stadtkasse');
    const t = translator('de');
    const ics = buildCalendar({ name: t('termin:appointment.title'), events: [{ uid: 'x@termin.buergerportal', date: '2026-12-10', summary: 's', location: t('termin:appointment.placeText') }] });
    expect(ics).not.toMatch(WERNE);
    expect(ics).toContain('LOCATION:Bürgerbüro im Stadthaus\\, Marktplatz 1\\, 12345 Musterstadt');
  });
});
