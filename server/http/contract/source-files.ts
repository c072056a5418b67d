import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const REPO_ROOT = join(__dirname, '../../..');

/** The source files (not tests) under `dir`, as paths from the repository root with their text, for tests that read the code. */
export function sourcesUnder(dir: string, skipFolders: readonly string[] = []): { path: string; text: string }[] {
  const walk = (at: string): string[] =>
    readdirSync(at, { withFileTypes: true }).flatMap((entry) => {
      const path = join(at, entry.name);
      if (entry.isDirectory()) return skipFolders.includes(entry.name) ? [] : walk(path);
      return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
    });
  return walk(join(REPO_ROOT, dir)).map((p) => ({ path: relative(REPO_ROOT, p), text: readFileSync(p, 'utf8') }));
}
