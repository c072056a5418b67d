/**
 * Everything the portal keeps on a citizen's device or asks the browser to send back, as the
 * privacy notice names it (§ 25 TDDDG, Art. 13 DSGVO). Each entry is strictly necessary for a
 * service the citizen asked for (§ 25 (2) Nr. 2 TDDDG), so none needs consent; there is no
 * tracking, analytics or third-party content. `privacy-notice.test.ts` reads the code for the
 * names it sets (cookies of the server, `bp-` keys of the app) and fails on any not listed here.
 */
export type StorageKind = 'cookie' | 'localStorage' | 'indexedDB' | 'cacheStorage';

export interface StorageItem {
  kind: StorageKind;
  /** The name, or the start of the names (`bp-user-…` for one database per account). */
  name: string;
  /** True when `name` is a prefix. */
  prefix?: boolean;
  /** How the name ends, for a prefix entry that is told apart by its end (`bp-user-…-files`). */
  suffix?: string;
  /** The text key under `legal:privacy.storage.` that says what it holds and when it goes. */
  text: string;
}

export const STORAGE_INVENTORY: readonly StorageItem[] = [
  { kind: 'cookie', name: 'bp_session', text: 'sessionCookie' },
  { kind: 'cookie', name: 'bp_bundid', text: 'bundidCookie' },
  { kind: 'cookie', name: 'bp_staff_login', text: 'staffLoginCookie' },
  { kind: 'indexedDB', name: 'bp-user-', prefix: true, text: 'requestsDatabase' },
  { kind: 'indexedDB', name: 'bp-userx-', prefix: true, text: 'requestsDatabase' },
  { kind: 'indexedDB', name: 'bp-user-', prefix: true, suffix: '-files', text: 'filesDatabase' },
  { kind: 'cacheStorage', name: 'buergerportal-', prefix: true, text: 'appCache' },
  { kind: 'cacheStorage', name: 'bp-user-documents', text: 'documentsCache' },
  { kind: 'localStorage', name: 'bp-user', text: 'cachedUser' },
  { kind: 'localStorage', name: 'bp-input-journal', text: 'inputJournal' },
  { kind: 'localStorage', name: 'bp-language', text: 'language' },
  { kind: 'localStorage', name: 'bp-slots:', prefix: true, text: 'publicLists' },
  { kind: 'localStorage', name: 'bp-departments', text: 'publicLists' },
  { kind: 'localStorage', name: 'bp-fundsachen', text: 'publicLists' },
];

/**
 * Names in the code that start like storage but store nothing: a BroadcastChannel that tells
 * other tabs an upload finished, and a Web Lock that keeps two tabs from uploading the same file.
 */
export const NOT_STORAGE: readonly string[] = ['bp-files', 'bp-file-uploads:'];

/** The entry that covers a name the code uses, if any. */
export function storageItemFor(name: string): StorageItem | undefined {
  const prefixed = STORAGE_INVENTORY.filter((item) => item.prefix && name.startsWith(item.name));
  return (
    STORAGE_INVENTORY.find((item) => !item.prefix && item.name === name) ??
    prefixed.find((item) => item.suffix !== undefined && name.endsWith(item.suffix)) ??
    prefixed.find((item) => item.suffix === undefined)
  );
}

/** The name as the notice shows it: `bp-user-…` for a prefix, `bp-user-…-files` with an end. */
export function storageLabel(item: StorageItem): string {
  return item.prefix ? `${item.name}…${item.suffix ?? ''}` : item.name;
}
