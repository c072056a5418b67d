/**
 * Lists an npm package and everything it depends on, as installed. Used to put the database
 * (RxDB) and all its helpers into one lazily loaded chunk without keeping a hand-written list
 * that silently goes stale when RxDB changes its dependencies.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Node's lookup: node_modules/<name> in `fromDir` or any parent directory. */
function findPackageDir(name: string, fromDir: string): string | undefined {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

export function dependencyClosure(root: string, fromDir: string): Set<string> {
  const names = new Set<string>();
  const visit = (name: string, dir: string) => {
    if (names.has(name)) return;
    const packageDir = findPackageDir(name, dir);
    if (!packageDir) return; // optional or platform-specific dependency that is not installed
    names.add(name);
    const manifest = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      peerDependencies?: Record<string, string>;
    };
    // Peer dependencies too: RxDB declares rxjs as one, and it ships in the same chunk.
    const dependencies = { ...manifest.dependencies, ...manifest.peerDependencies };
    for (const dependency of Object.keys(dependencies)) visit(dependency, packageDir);
  };
  visit(root, fromDir);
  return names;
}

/** Matches module paths inside node_modules/<one of names>/. */
export function nodeModulesPattern(names: Iterable<string>): RegExp {
  const escaped = [...names].map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('/', '[\\\\/]'));
  return new RegExp(`[\\\\/]node_modules[\\\\/](${escaped.join('|')})[\\\\/]`);
}
