import { describe, expect, it } from 'vitest';
import { findService } from '../catalogue';
import { validateAnswers } from '../validation/validate-answers';
import { FUND_CATEGORIES, isFundCategory } from './categories';
import { filterFoundItems } from './filter-found-items';
import {
  PUBLIC_FOUND_ITEM_FIELDS,
  isoDate,
  looksPersonal,
  toPublicFoundItem,
  validateFoundItemInput,
  type FoundItem,
  type PublicFoundItem,
} from './found-item';

const NOW = new Date('2026-11-25T10:00:00Z');

function item(overrides: Partial<FoundItem> = {}): FoundItem {
  return {
    id: '8f0e2b9c-3d1a-4c5e-9f7b-1a2b3c4d5e6f',
    number: 'FS-2026-000001',
    category: 'geldboerse',
    description: 'Braune Geldbörse aus Leder',
    place: 'Marktplatz',
    foundOn: '2026-11-20',
    storageNumber: 'R3/12',
    status: 'available',
    createdAt: '2026-11-20T09:00:00Z',
    createdBy: 'user:clerk',
    returnedAt: '2026-11-24T09:00:00Z',
    returnedWith: 'a-claim',
    ...overrides,
  };
}

describe('public found items', () => {
  it('show only the allow-listed fields: no storage number, clerk, claim or status', () => {
    const shown = toPublicFoundItem(item());
    expect(Object.keys(shown).sort()).toEqual([...PUBLIC_FOUND_ITEM_FIELDS].sort());
    expect(shown).toEqual({
      number: 'FS-2026-000001',
      category: 'geldboerse',
      description: 'Braune Geldbörse aus Leder',
      place: 'Marktplatz',
      foundOn: '2026-11-20',
    });
    expect(JSON.stringify(shown)).not.toMatch(/R3\/12|user:clerk|a-claim|8f0e2b9c/);
  });

  it('keep a field added to the stored item later out of the public list', () => {
    const withFinder = { ...item(), finderName: 'Max Finder', finderPhone: '0170 1234567' } as FoundItem;
    expect(JSON.stringify(toPublicFoundItem(withFinder))).not.toMatch(/Max Finder|0170/);
  });
});

describe('categories', () => {
  it('are the same nine for lost reports and found items', () => {
    expect(FUND_CATEGORIES).toEqual(['geldboerse', 'schluessel', 'handy', 'tasche', 'fahrrad', 'schmuck', 'dokumente', 'kleidung', 'sonstiges']);
    const verlust = findService('fundbuero-verlust')!;
    expect(verlust.fields.what).toMatchObject({ type: 'radios', options: FUND_CATEGORIES });
    expect(isFundCategory('fahrrad')).toBe(true);
    expect(isFundCategory('auto')).toBe(false);
  });
});

describe('a clerk entering a found item', () => {
  const good = {
    category: 'schluessel',
    description: 'Schlüsselbund mit drei Schlüsseln',
    place: 'Stadtpark',
    foundOn: { day: '24', month: '11', year: '2026' },
    storageNumber: 'A-17',
  };

  it('is accepted when complete', () => {
    expect(validateFoundItemInput(good, NOW)).toEqual([]);
    expect(isoDate(good.foundOn)).toBe('2026-11-24');
  });

  it('is told each missing or wrong field', () => {
    const errors = validateFoundItemInput({ category: 'auto', foundOn: { day: '1', month: '12', year: '2026' } }, NOW);
    expect(errors.map((e) => `${e.field}:${e.code}`)).toEqual([
      'category:invalid',
      'description:required',
      'place:required',
      'foundOn:notPast',
      'storageNumber:required',
    ]);
  });

  it('cannot put an e-mail address or a card or phone number in the public text', () => {
    expect(looksPersonal('Ausweis von max@example.org')).toBe(true);
    expect(looksPersonal('Karte Nr. 1234 5678 9012')).toBe(true);
    expect(looksPersonal('Handy, Tel. 0170/1234567')).toBe(true);
    expect(looksPersonal('Schwarzes Fahrrad, 28 Zoll, 21 Gänge')).toBe(false);
    const errors = validateFoundItemInput({ ...good, description: 'Geldbörse, Karte 4711 0815 42' }, NOW);
    expect(errors).toEqual([{ field: 'description', code: 'personalData' }]);
  });
});

describe('filtering the public list', () => {
  const items: PublicFoundItem[] = [
    toPublicFoundItem(item({ number: 'FS-2026-000001', foundOn: '2026-11-01', description: 'Braune Geldbörse' })),
    toPublicFoundItem(item({ number: 'FS-2026-000002', category: 'fahrrad', foundOn: '2026-11-10', description: 'Rotes Damenrad', place: 'Bahnhof' })),
    toPublicFoundItem(item({ number: 'FS-2026-000003', foundOn: '2026-11-20', description: 'Schwarze Börse', place: 'Bahnhof' })),
  ];

  it('narrows by category and words, ignoring case and umlauts, newest first', () => {
    expect(filterFoundItems(items, {}).map((i) => i.number)).toEqual(['FS-2026-000003', 'FS-2026-000002', 'FS-2026-000001']);
    expect(filterFoundItems(items, { category: 'geldboerse' }).map((i) => i.number)).toEqual(['FS-2026-000003', 'FS-2026-000001']);
    expect(filterFoundItems(items, { text: 'geldborse' }).map((i) => i.number)).toEqual(['FS-2026-000001']);
    expect(filterFoundItems(items, { text: 'BAHNHOF rot' }).map((i) => i.number)).toEqual(['FS-2026-000002']);
    expect(filterFoundItems(items, { category: 'handy' })).toEqual([]);
  });
});

describe('the Fundbüro services', () => {
  it('take a complete lost report and refuse a loss more than a year ago', () => {
    const verlust = findService('fundbuero-verlust')!;
    const answers = {
      what: 'geldboerse',
      description: 'Braun, Leder',
      where: 'Bus S10',
      when: { day: '20', month: '11', year: '2026' },
      name: 'Erika Mustermann',
      email: 'erika@example.org',
    };
    expect(validateAnswers(verlust, answers, NOW)).toEqual([]);
    expect(validateAnswers(verlust, { ...answers, when: { day: '1', month: '1', year: '2025' } }, NOW)).toEqual([
      { field: 'when', code: 'tooLongAgo', params: { days: 365 } },
    ]);
    expect(validateAnswers(verlust, { ...answers, what: 'auto' }, NOW)).toEqual([{ field: 'what', code: 'invalid' }]);
  });

  it('want a claim to name a found item by its number', () => {
    const claim = findService('fundbuero-anspruch')!;
    const answers = { itemId: 'FS-2026-000042', proof: 'Ein Foto meiner Tochter steckt darin.', name: 'Erika Mustermann', email: 'erika@example.org' };
    expect(validateAnswers(claim, answers, NOW)).toEqual([]);
    expect(validateAnswers(claim, { ...answers, itemId: '42' }, NOW)).toEqual([{ field: 'itemId', code: 'format' }]);
    expect(claim.routing).toEqual({ kind: 'department', department: 'fundbuero' });
  });
});
