import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '../portal';
import { startTestPortal } from '../test-support/test-portal';

/** A build's layout: the shell and prerendered pages per language (client/build/prerender/). */
const page = (lng: string, text: string) => `<!doctype html><html lang="${lng}"><body><div id="app" data-lang="${lng}"><h1>${text}</h1></div></body></html>`;

let dist: string;
let portal: Portal;

beforeAll(async () => {
  dist = mkdtempSync(path.join(os.tmpdir(), 'bp-prerendered-'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><html lang="de"><body><div id="app"></div></body></html>');
  for (const [lng, start, login] of [['de', 'Startseite', 'Anmelden'], ['en', 'Start page', 'Sign in'], ['de-x-easy', 'Start·seite', 'An·melden']]) {
    mkdirSync(path.join(dist, 'prerendered', lng), { recursive: true });
    writeFileSync(path.join(dist, 'prerendered', lng, 'index.html'), page(lng, start));
    // The login page's BundID link as the prerender writes it: without the address's query.
    writeFileSync(path.join(dist, 'prerendered', lng, 'anmelden.html'), page(lng, `${login}</h1><a href="/api/auth/bundid/start?lng=${lng}">BundID</a><h1>`));
  }
  writeFileSync(path.join(dist, 'secret.html'), '<p>not a page</p>');
  portal = await startTestPortal({ routing: false, distDir: dist });
});

afterAll(async () => {
  await portal?.stop();
  rmSync(dist, { recursive: true, force: true });
});

async function get(pathname: string, cookie?: string): Promise<{ status: number; body: string; vary: string; setCookie: string[] }> {
  const res = await fetch(`${portal.url}${pathname}`, { headers: cookie ? { cookie } : {} });
  return { status: res.status, body: await res.text(), vary: res.headers.get('vary') ?? '', setCookie: res.headers.getSetCookie() };
}

describe('prerendered pages', () => {
  // Hydration keeps a prerendered href as it is: a login started on /anmelden?weiter=… must still
  // come back there (bundid-login.spec "a service refused below its trust level" came back to
  // "Meine Anträge" once the app's scripts waited for the first paint).
  it('carries the address\'s weiter and niveau into the BundID start link, encoded', async () => {
    const res = await get('/anmelden?weiter=%2Fmeldebescheinigung&niveau=substantiell');
    expect(res.body).toContain('href="/api/auth/bundid/start?weiter=%2Fmeldebescheinigung&amp;niveau=substantiell&amp;lng=de"');
    expect((await get('/anmelden?weiter=%22%3E%3Cscript%3E')).body).toContain('href="/api/auth/bundid/start?weiter=%22%3E%3Cscript%3E&amp;lng=de"');
    expect((await get('/anmelden')).body).toContain('href="/api/auth/bundid/start?lng=de"');
  });

  it('sends the German page by default, and says the answer varies by cookie', async () => {
    const res = await get('/anmelden');
    expect(res.status).toBe(200);
    expect(res.body).toContain('<h1>Anmelden</h1>');
    expect(res.vary).toMatch(/Cookie/i);
    expect((await get('/')).body).toContain('<h1>Startseite</h1>');
  });

  it('sends the language of the cookie, and the one named in the address over it', async () => {
    expect((await get('/anmelden', 'bp-language=en')).body).toContain('<h1>Sign in</h1>');
    expect((await get('/', 'other=1; bp-language=de-x-easy')).body).toContain('<h1>Start·seite</h1>');
    expect((await get('/anmelden?lang=de-x-easy', 'bp-language=en')).body).toContain('<h1>An·melden</h1>');
  });

  // The language switch is a GET form to `?lang=…` (client/app/LanguageSwitch.tsx): before the
  // app runs, or without JavaScript, that request is the choice, so the next page keeps it.
  it('remembers a language named in the address for the next page, as the app does', async () => {
    const chosen = await get('/anmelden?lang=en', 'bp-language=de');
    expect(chosen.body).toContain('<h1>Sign in</h1>');
    expect(chosen.setCookie).toEqual([expect.stringMatching(/^bp-language=en; Max-Age=31536000; Path=\/; SameSite=Lax$/)]);
    expect((await get('/', chosen.setCookie[0].split(';')[0])).body).toContain('<h1>Start page</h1>');
    // A language the portal does not speak, or none, is not remembered.
    for (const pathname of ['/anmelden', '/anmelden?lang=xx', '/anmelden?lang=../../secret', '/anmelden?lang=en&lang=de']) {
      expect((await get(pathname)).setCookie, pathname).toEqual([]);
    }
  });

  it('falls back to the shell for a page or a language without a prerendered file, and for forged values', async () => {
    for (const [pathname, cookie] of [
      ['/meine-antraege', undefined],
      ['/anmelden', 'bp-language=tr'],
      ['/anmelden?lang=../../secret', undefined],
      ['/anmelden', 'bp-language=..%2F..'],
      ['/anmelden?lang=en&lang=de', undefined],
    ] as const) {
      const res = await get(pathname, cookie);
      expect(res.status, `${pathname} ${cookie}`).toBe(200);
      expect(res.body, `${pathname} ${cookie}`).not.toContain('not a page');
    }
    expect((await get('/meine-antraege')).body).toContain('<div id="app"></div>');
    expect((await get('/anmelden', 'bp-language=tr')).body).toContain('<div id="app"></div>');
  });
});
