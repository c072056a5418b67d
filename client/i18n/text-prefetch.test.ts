import { describe, expect, it } from 'vitest';
import { pagePrefetchesAllTexts } from './text-prefetch';

describe('the page fetches all citizen texts after its first paint', () => {
  it('not when the service worker precaches that language anyway (German, Leichte Sprache)', () => {
    expect(pagePrefetchesAllTexts('de', true)).toBe(false);
    expect(pagePrefetchesAllTexts('de-x-easy', true)).toBe(false);
  });

  it('for a language chosen on demand, which the worker keeps only once the page fetched it', () => {
    for (const lng of ['en', 'tr', 'uk', 'ar'] as const) expect(pagePrefetchesAllTexts(lng, true)).toBe(true);
  });

  it('without a service worker (development build, no support), for every language', () => {
    expect(pagePrefetchesAllTexts('de', false)).toBe(true);
  });
});
