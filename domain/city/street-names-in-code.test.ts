import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WERNE } from './index';

const ROOT = path.resolve(__dirname, '../..');

/**
 * Where a city's data may be written: its own configuration. Test code may name Werne's streets
 * (Werne is the default city the tests run as), and so may the identity sandbox, a stand-in for
 * BundID whose invented people have their own addresses.
 */
const ALLOWED = [/^domain\/city\/cities\/werne/, /\.test\.tsx?$/, /^server\/test-support\//, /^server\/identity-sandbox\//];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe("Werne's streets live in Werne's configuration only (issue 15)", () => {
  it('names none of them in the runtime code of domain/, server/ or client/', () => {
    const names = WERNE.streets.streets.map((s) => s.name);
    expect(names.length).toBeGreaterThan(100);
    // A whole name, not part of a longer one ("Markt" is not found in "Marktplatz").
    const pattern = new RegExp(`(?<![\\p{L}-])(?:${names.map(escape).join('|')})(?![\\p{L}-])`, 'u');
    const files = execFileSync('git', ['ls-files', 'domain', 'server', 'client'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n')
      .filter((f) => /\.(?:tsx?|json|html)$/.test(f) && !ALLOWED.some((a) => a.test(f)));
    expect(files.length).toBeGreaterThan(300);
    const found = files.flatMap((f) => {
      const match = pattern.exec(readFileSync(path.join(ROOT, f), 'utf8'));
      return match ? [`${f}: ${match[0]}`] : [];
    });
    expect(found).toEqual([]);
  });
});
