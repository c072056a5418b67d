/**
 * A prerendered page paints before the app runs (client/app/prerendered-scripts.ts): the shell's
 * `<script defer>` tags go, and the small boot script names them in its `data-app-scripts`, to
 * fetch and run them after the first paint. The shell itself (pages that need the app to show
 * anything) keeps its scripts as they are.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { APP_SCRIPTS_ATTRIBUTE } from '../../app/prerendered-scripts';

export const BOOT_ENTRY = 'boot';

const DEFERRED_SCRIPT = /<script defer="defer" src="([^"]+)"><\/script>/g;

/** The boot entry's file as the build named it (`/assets/boot.<hash>.js`). */
export function bootScriptUrl(distDir: string): string {
  const file = readdirSync(path.join(distDir, 'assets')).find((name) => new RegExp(`^${BOOT_ENTRY}\\.[0-9a-f]+\\.js$`).test(name));
  if (!file) throw new Error(`prerender: the build has no ${BOOT_ENTRY} script in ${distDir}/assets`);
  return `/assets/${file}`;
}

export function scriptsAfterFirstPaint(shell: string, bootUrl: string): string {
  const scripts = [...shell.matchAll(DEFERRED_SCRIPT)].map((m) => m[1]);
  if (!scripts.length) throw new Error('prerender: the shell dist/index.html has no deferred scripts to move after the first paint');
  let placed = false;
  return shell.replace(DEFERRED_SCRIPT, () => {
    if (placed) return '';
    placed = true;
    return `<script defer="defer" src="${bootUrl}" ${APP_SCRIPTS_ATTRIBUTE}="${scripts.join(' ')}"></script>`;
  });
}
