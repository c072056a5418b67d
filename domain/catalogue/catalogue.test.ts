import { describe, expect, it } from 'vitest';
import type { RequestDoc } from '../request/request-document';
import { validateAnswers, validatePage, visiblePages } from '../validation/validate-answers';
import {
  catalogueEntries,
  computeFee,
  currentEntries,
  DEPARTMENTS,
  findService,
  formatEuro,
  holds,
  listServices,
  localized,
  routeDepartment,
  SPERRMUELLKARTE_V2,
} from '.';
import { warningsFor } from './warnings';

const NOW = new Date('2026-11-25T09:00:00Z');

describe('the catalogue as data', () => {
  it('is plain JSON: what the server sends is exactly what it applies', () => {
    for (const entry of catalogueEntries()) expect(JSON.parse(JSON.stringify(entry))).toEqual(entry);
  });

  it('routes every form only to departments that exist, and names every field it asks', () => {
    const known = new Set(DEPARTMENTS.map((d) => d.id));
    for (const service of listServices()) {
      const r = service.routing;
      const targets = r.kind === 'department' ? [r.department] : [...Object.values(r.map), r.default];
      for (const d of targets) expect(known.has(d), `${service.id} → ${d}`).toBe(true);
      for (const page of service.pages) for (const f of page.fields) expect(service.fields[f], `${service.id}.${f}`).toBeDefined();
      expect(service.retentionDays).toBeGreaterThan(0);
    }
  });

  it('keeps an old version next to the new one, and offers only the newest', () => {
    const ids = currentEntries(catalogueEntries()).map((e) => `${e.id}@${e.version}`);
    expect(new Set(ids).size).toBe(ids.length);
    expect(findService('sperrmuellkarte', 1)?.fields.pickupDate).toBeDefined();
  });

  it('ships the city offers: form services and external links', () => {
    const ids = currentEntries(catalogueEntries()).map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['sperrmuellkarte', 'gartenwasserzaehler', 'zaehlerstand', 'maengelmelder', 'anregung', 'ratsinfo']));
    expect(catalogueEntries().filter((e) => e.kind === 'external').every((e) => e.kind === 'external' && e.url.startsWith('https://'))).toBe(true);
  });

  it('falls back to German Leichte Sprache → German, and other languages → English', () => {
    expect(localized({ de: 'Müll', en: 'Waste' }, 'de-x-easy')).toBe('Müll');
    expect(localized({ de: 'Müll', en: 'Waste' }, 'tr')).toBe('Waste');
  });
});

describe('conditions', () => {
  it('read choices, ticks and filled fields, combined', () => {
    const a = { kind: 'lob', items: ['holz'], text: '  ' };
    expect(holds({ field: 'kind', equals: 'lob' }, a)).toBe(true);
    expect(holds({ field: 'items', includes: 'metall' }, a)).toBe(false);
    expect(holds({ field: 'text', filled: true }, a)).toBe(false);
    expect(holds({ any: [{ field: 'text', filled: true }, { not: { field: 'kind', equals: 'x' } }] }, a)).toBe(true);
    expect(holds({ all: [{ field: 'kind', equals: 'lob' }, { field: 'items', filled: true }] }, a)).toBe(true);
  });
});

describe('fees', () => {
  it('charge the Sperrmüll base price up to 2 m³ and 10 € for every started m³ above', () => {
    expect(computeFee(SPERRMUELLKARTE_V2, { volume: '1,5' })).toBe(2000);
    expect(computeFee(SPERRMUELLKARTE_V2, { volume: '2' })).toBe(2000);
    expect(computeFee(SPERRMUELLKARTE_V2, { volume: '2,1' })).toBe(3000);
    expect(computeFee(SPERRMUELLKARTE_V2, { volume: '5' })).toBe(5000);
  });

  it('charge a fixed fee, or nothing', () => {
    expect(computeFee(findService('gartenwasserzaehler')!, {})).toBe(2500);
    expect(computeFee(findService('maengelmelder')!, {})).toBe(0);
  });

  it('are written the way each language writes money', () => {
    expect(formatEuro(2500, 'de')).toBe('25,00\u00a0€');
    expect(formatEuro(2500, 'en')).toBe('€25.00');
  });
});

describe('routing rules', () => {
  it('send a defect to whoever fixes its category', () => {
    const mm = findService('maengelmelder')!;
    expect(routeDepartment(mm, { category: 'schlagloch' })).toBe('tiefbau');
    expect(routeDepartment(mm, { category: 'muell' })).toBe('abfall');
    expect(routeDepartment(mm, { category: 'graffiti' })).toBe('ordnung');
    expect(routeDepartment(mm, { category: 'sonstiges' })).toBe('zentrale');
  });

  it('send a complaint to the department of its topic, anything else to the central office', () => {
    const bla = findService('anregung')!;
    expect(routeDepartment(bla, { topic: 'gruen' })).toBe('gruen');
    expect(routeDepartment(bla, { topic: 'sonstiges' })).toBe('zentrale');
  });
});

describe('follow-up questions', () => {
  const mm = findService('maengelmelder')!;
  const base = { category: 'schlagloch', description: 'Tiefes Loch', wantsFeedback: 'nein' };

  it('ask for an address or a position, never both', () => {
    expect(visiblePages(mm, { ...base, locateBy: 'adresse' }).map((p) => p.id)).toContain('adresse');
    expect(visiblePages(mm, { ...base, locateBy: 'adresse' }).map((p) => p.id)).not.toContain('position');
    expect(visiblePages(mm, { ...base, locateBy: 'position' }).map((p) => p.id)).toContain('position');
  });

  it('validate only what was asked: a stale position does not block an address report', () => {
    const answers = { ...base, locateBy: 'adresse', street: 'Markt', position: 'nonsense' };
    expect(validateAnswers(mm, answers, NOW)).toEqual([]);
    expect(validateAnswers(mm, { ...answers, locateBy: 'position' }, NOW)).toEqual([{ field: 'position', code: 'format' }]);
  });

  it('check positions lie in Werne and streets are Werne streets', () => {
    expect(validatePage(mm, 'position', { locateBy: 'position', position: '51.66340, 7.63450' }, NOW)).toEqual([]);
    expect(validatePage(mm, 'position', { locateBy: 'position', position: '52.52, 13.40' }, NOW)).toEqual([{ field: 'position', code: 'outsideCity' }]);
    expect(validatePage(mm, 'adresse', { locateBy: 'adresse', street: 'bahnhofstr.' }, NOW)).toEqual([]);
    expect(validatePage(mm, 'adresse', { locateBy: 'adresse', street: 'Unter den Linden' }, NOW)).toEqual([
      { field: 'street', code: 'unknownStreet' },
    ]);
  });

  it('ask for a phone number only when feedback is wanted', () => {
    expect(validatePage(mm, 'rueckmeldung', { wantsFeedback: 'ja', phone: 'abc' }, NOW)).toEqual([{ field: 'phone', code: 'format' }]);
    expect(validatePage(mm, 'rueckmeldung', { wantsFeedback: 'nein', phone: 'abc' }, NOW)).toEqual([]);
  });
});

describe('new question types', () => {
  const gwz = findService('gartenwasserzaehler')!;
  const photoId = '0b0c1a2e-1111-4222-8333-444455556666';

  it('accept a past installation date and refuse a future one', () => {
    expect(validatePage(gwz, 'einbau', { installDate: { day: '1', month: 'April', year: '2026' }, initialReading: '0,012' }, NOW)).toEqual([]);
    expect(validatePage(gwz, 'einbau', { installDate: { day: '1', month: '12', year: '2026' }, initialReading: '1' }, NOW)).toEqual([
      { field: 'installDate', code: 'notPast' },
    ]);
  });

  it('take file ids for uploads, no more than allowed', () => {
    expect(validatePage(gwz, 'foto-zaehler', { meterPhoto: [photoId] }, NOW)).toEqual([]);
    expect(validatePage(gwz, 'foto-zaehler', { meterPhoto: [photoId, photoId] }, NOW)).toEqual([
      { field: 'meterPhoto', code: 'tooMany', params: { max: 1 } },
    ]);
    expect(validatePage(gwz, 'foto-zaehler', { meterPhoto: ['../../etc/passwd'] }, NOW)).toEqual([{ field: 'meterPhoto', code: 'invalid' }]);
  });

  it('refuse a radio answer that is not one of the options', () => {
    expect(validatePage(findService('anregung')!, 'art', { kind: 'drohung' }, NOW)).toEqual([{ field: 'kind', code: 'invalid' }]);
  });

  it('limit long text', () => {
    expect(validatePage(findService('anregung')!, 'nachricht', { message: 'x'.repeat(2001) }, NOW)).toEqual([
      { field: 'message', code: 'tooLong', params: { max: 2000 } },
    ]);
  });
});

describe('meter reading warning', () => {
  const zst = findService('zaehlerstand')!;
  const sent = (id: string, serviceId: string, answers: Record<string, string>, submittedAt: string) =>
    ({ id, serviceId, answers, status: 'completed', submittedAt, updatedAt: submittedAt }) as Pick<
      RequestDoc,
      'id' | 'serviceId' | 'answers' | 'status' | 'submittedAt' | 'updatedAt'
    >;
  const earlier = [
    sent('a', 'gartenwasserzaehler', { meterNumber: '18-4471203', initialReading: '0,5' }, '2025-04-01T10:00:00Z'),
    sent('b', 'zaehlerstand', { meterNumber: '18-4471203', reading: '42,250' }, '2025-10-01T10:00:00Z'),
    sent('c', 'zaehlerstand', { meterNumber: 'OTHER-1', reading: '900' }, '2026-10-01T10:00:00Z'),
  ];

  it('warns when the reading is below the last known one of the same meter', () => {
    expect(warningsFor(zst, { meterNumber: '18-4471203', reading: '40' }, earlier)).toEqual([
      { field: 'reading', code: 'belowPrevious', params: { previous: '42,25' } },
    ]);
  });

  it('stays quiet for a higher reading, another meter, or drafts', () => {
    expect(warningsFor(zst, { meterNumber: '18-4471203', reading: '50' }, earlier)).toEqual([]);
    expect(warningsFor(zst, { meterNumber: 'NEW-2', reading: '1' }, earlier)).toEqual([]);
    const draft = { ...earlier[1], id: 'd', status: 'draft' as const, answers: { meterNumber: 'X-99', reading: '100' } };
    expect(warningsFor(zst, { meterNumber: 'X-99', reading: '1' }, [draft])).toEqual([]);
  });
});
