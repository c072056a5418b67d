import { describe, expect, it } from 'vitest';
import { readA11ySummary } from './a11y-summary';
import { ACCESSIBILITY_STATEMENT, conformity } from './statement';
import summaryFile from '../../a11y-tests/results/a11y-summary.json';

describe('the accessibility test summary', () => {
  it('reads the format the matrix run writes', () => {
    const s = readA11ySummary({
      checkedAt: '2026-12-01T20:00:00.000Z',
      screens: 31,
      screenStates: 40,
      modes: 18,
      languages: ['de', 'en', 'de-x-easy'],
      viewports: ['320x640', '1280x800'],
      colourSchemes: ['light', 'dark', 'forced-colors'],
      checks: ['axe WCAG 2.2 A/AA', 'reflow 320'],
      combinations: 720,
      violations: 2,
      violationsByRule: { 'color-contrast': 2 },
      knownLimitations: ['Karte ohne Textalternative', { screen: '/fundsachen', description: 'Filter' }, { de: 'Eins', en: 'One' }, 7],
    });
    expect(s).toMatchObject({ checkedAt: '2026-12-01T20:00:00.000Z', screens: 31, modes: 18, combinations: 720, violations: 2 });
    expect(s.knownLimitations).toEqual([
      { text: 'Karte ohne Textalternative' },
      { text: 'Filter', screen: '/fundsachen' },
      { text: { de: 'Eins', en: 'One' }, screen: undefined },
    ]);
  });

  it('leaves out what is missing or malformed instead of showing it wrong', () => {
    for (const raw of [undefined, null, [], 'x', { checkedAt: 'gestern', screens: -1, modes: 'viele', violations: 0 }]) {
      const s = readA11ySummary(raw);
      expect(s.checkedAt).toBeUndefined();
      expect(s.screens).toBeUndefined();
      expect(s.modes).toBeUndefined();
      // No run, no claim of "0 violations".
      expect(s.violations).toBeUndefined();
      expect(s.knownLimitations).toEqual([]);
    }
  });

  it('is a file the build can read', () => {
    expect(() => readA11ySummary(summaryFile)).not.toThrow();
  });
});

describe('the accessibility statement', () => {
  const run = readA11ySummary({ checkedAt: '2026-12-01T20:00:00Z', violations: 0, knownLimitations: [] });

  it('is only "fully compliant" with a clean recorded run and no known limitation', () => {
    expect(conformity({ ...ACCESSIBILITY_STATEMENT, limitations: [] }, run)).toBe('full');
    expect(conformity(ACCESSIBILITY_STATEMENT, run)).toBe('partial');
    expect(conformity({ ...ACCESSIBILITY_STATEMENT, limitations: [] }, readA11ySummary({}))).toBe('partial');
    expect(conformity({ ...ACCESSIBILITY_STATEMENT, limitations: [] }, { ...run, violations: 3 })).toBe('partial');
  });

  it('names the NRW Ombudsstelle and the officer that gets barrier reports', () => {
    expect(ACCESSIBILITY_STATEMENT.contact.department).toBe('barrierefreiheit');
    expect(ACCESSIBILITY_STATEMENT.ombudsstelle.url).toMatch(/^https:\/\//);
  });
});
