/**
 * What the first download is made of, module by module: `BUILD_ENTRY_MODULES=1 npm run build`
 * prints the entry's modules grouped by package or app folder, largest first. Sizes are of the
 * source webpack bundles (before minifying), so they rank the parts rather than add up to the
 * gzip figure; the question they answer is "what could move behind import()?".
 */
import type { Compilation, Module } from 'webpack';

function resourceOf(module: Module): string {
  const inner = 'rootModule' in module ? (module as { rootModule: Module }).rootModule : module;
  return 'resource' in inner && typeof inner.resource === 'string' ? inner.resource : module.identifier();
}

/** `node_modules/<package>` or the first two folders under the project root. */
export function moduleGroup(resource: string, root: string): string {
  const relative = resource.startsWith(root) ? resource.slice(root.length + 1) : resource;
  const pkg = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(relative);
  if (pkg) return pkg[1];
  return relative.split(/[\\/]/).slice(0, relative.startsWith('locales') ? 3 : 2).join('/');
}

export function entryModules(compilation: Compilation, entry: string, root: string) {
  const entrypoint = compilation.entrypoints.get(entry);
  const modules = new Map<string, number>();
  for (const chunk of entrypoint?.chunks ?? []) {
    for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
      const inner = 'modules' in module && Array.isArray((module as { modules?: Module[] }).modules) ? (module as { modules: Module[] }).modules : [module];
      for (const part of inner) modules.set(resourceOf(part), part.size());
    }
  }
  const groups = new Map<string, { bytes: number; modules: [string, number][] }>();
  for (const [resource, bytes] of modules) {
    const group = moduleGroup(resource, root);
    const entry = groups.get(group) ?? { bytes: 0, modules: [] };
    entry.bytes += bytes;
    entry.modules.push([resource.slice(root.length + 1), bytes]);
    groups.set(group, entry);
  }
  return [...groups].sort((a, b) => b[1].bytes - a[1].bytes);
}

export function formatEntryModules(groups: ReturnType<typeof entryModules>): string {
  const lines: string[] = ['  entry modules (source bytes, largest groups first):'];
  for (const [group, { bytes, modules }] of groups) {
    lines.push(`  ${(bytes / 1024).toFixed(1).padStart(7)} KB  ${group}`);
    for (const [name, size] of modules.sort((a, b) => b[1] - a[1]).slice(0, 6)) {
      lines.push(`  ${''.padStart(10)} ${(size / 1024).toFixed(1).padStart(6)} KB  ${name}`);
    }
  }
  return lines.join('\n');
}
