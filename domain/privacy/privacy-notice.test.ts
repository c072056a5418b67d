import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogueEntries, listServices, type FormService } from '../catalogue';
import { NOT_STORAGE, STORAGE_INVENTORY, privacyNoticeGaps, retentionPeriod, servicePrivacyEntries, storageItemFor } from './index';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const LANGUAGES = ['de', 'de-x-easy', 'en', 'tr', 'uk', 'ar'];

function legalTexts(lng: string) {
  return JSON.parse(readFileSync(path.join(ROOT, 'locales', lng, 'legal.json'), 'utf8')) as {
    privacy: { purposes: Record<string, string>; storage: Record<string, string>; kind: Record<string, string> };
  };
}
const PURPOSES = Object.fromEntries(LANGUAGES.map((lng) => [lng, legalTexts(lng).privacy.purposes]));
const formVersions = () => catalogueEntries().filter((e): e is FormService => e.kind === 'form');

/** Source files of a folder, without tests and test helpers: what runs in the portal. */
function sources(dir: string): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (!entry.isFile() || !/\.tsx?$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name) || /test-support|bench|[\\/]client[\\/]build[\\/]/.test(file)) continue;
    // Comments name storage too ("not a `bp-user*` key"); only code counts.
    const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    out.push({ file: path.relative(ROOT, file), text });
  }
  return out;
}

/** The cookie names the server sets: the first argument of every `res.cookie(…)`, constants resolved. */
function cookiesSetByServer(): string[] {
  const files = sources('server');
  const constants = new Map<string, string>();
  for (const { text } of files) for (const m of text.matchAll(/const ([A-Z_]+) = '([^']+)'/g)) constants.set(m[1], m[2]);
  const names: string[] = [];
  for (const { file, text } of files) {
    // `res.cookie(NAME, …)`, or a login flow handed its cookie's name (`loginFlow({ cookie: NAME, … })`).
    for (const m of text.matchAll(/(?:\.cookie\(|loginFlow\(\{\s*cookie:)\s*(?:'([^']+)'|([A-Z_]+))/g)) {
      const name = m[1] ?? constants.get(m[2]);
      if (!name) throw new Error(`${file}: cookie name ${m[2]} not resolved`);
      names.push(name);
    }
  }
  return [...new Set(names)];
}

/** Names the app gives what it stores: every `bp-`/`bp_` string, template heads included, and the service worker's cache prefix. */
function storageNamesInClient(): string[] {
  const names = new Set<string>();
  for (const { text } of sources('client')) {
    for (const m of text.matchAll(/['"`](bp[-_][\w.:-]*)/g)) names.add(m[1]);
    const prefix = /CACHE_PREFIX = '([^']+)'/.exec(text);
    if (prefix) names.add(`${prefix[1]}-`);
  }
  return [...names];
}

describe('privacy notice generated from the catalogue', () => {
  it('covers every service at every version still in use, in every language', () => {
    expect(privacyNoticeGaps(formVersions(), PURPOSES)).toEqual([]);
    expect(servicePrivacyEntries(listServices()).map((e) => e.serviceId).sort()).toEqual(listServices().map((s) => s.id).sort());
  });

  it('fails a new service that comes without privacy facts or a purpose text', () => {
    const { privacy: _dropped, ...rest } = listServices()[0];
    const newcomer = { ...rest, id: 'hundesteuer', version: 1 } as unknown as FormService;
    const gaps = privacyNoticeGaps([...formVersions(), newcomer], PURPOSES);
    expect(gaps).toContain('hundesteuer@1: keine Datenschutzangaben (privacy) im Katalog');
    expect(gaps).toContain('hundesteuer@1: kein Zweck in locales/de-x-easy/legal.json (privacy.purposes.hundesteuer)');
    expect(gaps).toHaveLength(1 + LANGUAGES.length);
    const vague = { ...listServices()[0], privacy: { basis: 'f', law: ' ', recipients: [] } } as unknown as FormService;
    expect(privacyNoticeGaps([vague], PURPOSES)).toEqual([
      expect.stringMatching(/Rechtsgrundlage „f“/),
      expect.stringMatching(/kein Gesetz genannt/),
    ]);
  });

  it('takes recipients from routing and fee, and retention from what the archive deletes by', () => {
    const byId = new Map(servicePrivacyEntries(listServices()).map((e) => [e.serviceId, e]));
    const defects = listServices().find((s) => s.id === 'maengelmelder')!;
    const routed = defects.routing.kind === 'department' ? [defects.routing.department] : [...Object.values(defects.routing.map), defects.routing.default];
    expect(byId.get('maengelmelder')!.departments).toEqual([...new Set(routed)].sort());
    expect(byId.get('maengelmelder')!.departments.length).toBeGreaterThan(1);
    expect(byId.get('sperrmuellkarte')!.paymentProvider).toBe(true);
    expect(byId.get('sperrmuellkarte')!.recipients).toContain('contractor');
    expect(byId.get('anregung')!.paymentProvider).toBe(false);
    expect(byId.get('gartenwasserzaehler')!.retentionDays).toBe(listServices().find((s) => s.id === 'gartenwasserzaehler')!.retentionDays);
    expect(retentionPeriod(730)).toEqual({ unit: 'years', count: 2 });
    expect(retentionPeriod(180)).toEqual({ unit: 'days', count: 180 });
  });
});

describe('what the privacy notice says is stored on the device', () => {
  it('names every cookie the server sets', () => {
    const cookies = cookiesSetByServer();
    expect(cookies).toContain('bp_session');
    for (const name of cookies) expect(storageItemFor(name)?.kind, `cookie ${name}`).toBe('cookie');
  });

  it('names every storage name the app uses, and lists nothing the app does not use', () => {
    const used = storageNamesInClient();
    const unnamed = used.filter((name) => !storageItemFor(name) && !NOT_STORAGE.includes(name));
    expect(unnamed).toEqual([]);
    const cookies = cookiesSetByServer();
    const stale = STORAGE_INVENTORY.filter((item) =>
      item.kind === 'cookie' ? !cookies.includes(item.name) : !used.some((name) => (item.prefix ? name.startsWith(item.name) : name === item.name)),
    );
    expect(stale).toEqual([]);
    // Each file store is its user's database name plus `-files` (client/data/files/file-store.ts).
    expect(storageItemFor('bp-user-3f1c2a9e-files')?.text).toBe('filesDatabase');
    expect(storageItemFor('bp-user-3f1c2a9e')?.text).toBe('requestsDatabase');
  });

  it('explains every entry in every language', () => {
    for (const lng of LANGUAGES) {
      const { storage, kind } = legalTexts(lng).privacy;
      for (const item of STORAGE_INVENTORY) {
        expect(storage[item.text], `${lng}: privacy.storage.${item.text}`).toBeTruthy();
        expect(kind[item.kind], `${lng}: privacy.kind.${item.kind}`).toBeTruthy();
      }
    }
  });
});
