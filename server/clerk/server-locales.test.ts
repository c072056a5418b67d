import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

function keys(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
  return [prefix];
}

/**
 * Texts only the server speaks (API problems, CSV headers, PDF documents) and the workspace's
 * texts (loaded with its pages) are not in the app's bundled resources, so they are checked here.
 */
describe('server-only locales', () => {
  for (const ns of ['clerk-api', 'documents', 'clerk']) {
    it(`${ns}.json has the same keys in every language`, () => {
      const read = (lng: string) => keys(JSON.parse(readFileSync(`locales/${lng}/${ns}.json`, 'utf8'))).sort();
      expect(read('en')).toEqual(read('de'));
      expect(read('de-x-easy')).toEqual(read('de'));
    });
  }
});
