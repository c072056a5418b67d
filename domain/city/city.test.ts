import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_CITIES, MIN_TEXT_CONTRAST, MUSTERSTADT, WERNE, cityProblems, contrastRatio, type CityConfig } from './index';
import { loadCity } from './load-city';

describe('city configuration', () => {
  it.each(Object.values(BUILT_IN_CITIES))('$id: complete, and its colours meet WCAG contrast', (city) => {
    expect(cityProblems(city)).toEqual([]);
    expect(contrastRatio(city.colours.onPrimary, city.colours.primary)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    expect(contrastRatio(city.colours.link, city.colours.background)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
  });

  it('measures contrast as WCAG defines it', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // GOV.UK's link blue on white: 5.17:1 as their palette documents.
    expect(contrastRatio('#1d70b8', '#ffffff')).toBeCloseTo(5.17, 1);
  });

  it('refuses a palette a citizen could not read, naming the pair', () => {
    const pale: CityConfig = { ...MUSTERSTADT, colours: { ...MUSTERSTADT.colours, primary: '#7fb2e5', link: '#9ab' } };
    const problems = cityProblems(pale);
    expect(problems.join('\n')).toMatch(/colours.link/);
    const paleHeader = cityProblems({ ...MUSTERSTADT, colours: { ...MUSTERSTADT.colours, primary: '#7fb2e5' } });
    expect(paleHeader).toEqual([expect.stringMatching(/Hauptfarbe.*Kontrast 2\.\d+:1/)]);
  });

  it('refuses an emblem that could run script or load from elsewhere', () => {
    const withScript = { ...WERNE, emblemSvg: WERNE.emblemSvg.replace('</svg>', '<script>alert(1)</script></svg>') };
    const withLink = { ...WERNE, emblemSvg: WERNE.emblemSvg.replace('<path', '<image href="https://tracker.example/x.png"/><path') };
    expect(cityProblems(withScript)).toEqual([expect.stringMatching(/kein Skript/)]);
    expect(cityProblems(withLink)).toEqual([expect.stringMatching(/kein Skript/)]);
  });

  it('selects the city by CITY: a built-in id, a JSON file, Werne when unset', () => {
    expect(loadCity({}).id).toBe('werne');
    expect(loadCity({ CITY: 'musterstadt' }).authority).toBe('Gemeinde Musterstadt');
    const dir = mkdtempSync(join(tmpdir(), 'city-'));
    const file = join(dir, 'irgendwo.json');
    writeFileSync(file, JSON.stringify({ ...MUSTERSTADT, id: 'irgendwo', name: 'Irgendwo', authority: 'Stadt Irgendwo' }));
    expect(loadCity({ CITY: file }).authority).toBe('Stadt Irgendwo');
  });

  it('stops with the reason when CITY is wrong or the file incomplete', () => {
    expect(() => loadCity({ CITY: 'atlantis' })).toThrow(/weder eine mitgelieferte Stadt/);
    const dir = mkdtempSync(join(tmpdir(), 'city-'));
    const file = join(dir, 'halb.json');
    writeFileSync(file, JSON.stringify({ id: 'halb', name: 'Halb' }));
    expect(() => loadCity({ CITY: file })).toThrow(/authority fehlt/);
    expect(() => loadCity({ CITY: join(dir, 'fehlt.json') })).toThrow(/lässt sich nicht als JSON lesen/);
  });
});
