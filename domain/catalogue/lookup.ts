import type { CatalogueEntry, FormService, LocalizedText } from './service-definition';

/**
 * Finding things in a catalogue. Pure functions over the entries they are given: the server
 * passes its own catalogue, the device the copy it loaded (and cached) from the server.
 */

/** The newest version of every entry: what the start page offers. */
export function currentEntries(entries: readonly CatalogueEntry[]): CatalogueEntry[] {
  const newest = new Map<string, CatalogueEntry>();
  for (const e of entries) if ((newest.get(e.id)?.version ?? 0) < e.version) newest.set(e.id, e);
  return [...newest.values()];
}

/** The newest version of every form service. */
export function currentServices(entries: readonly CatalogueEntry[]): FormService[] {
  return currentEntries(entries).filter((e): e is FormService => e.kind === 'form');
}

/** A form service at a version, or its newest version when none is asked for. */
export function lookupService(entries: readonly CatalogueEntry[], id: string, version?: number): FormService | undefined {
  const matching = entries.filter((s): s is FormService => s.id === id && s.kind === 'form');
  if (version === undefined) return matching.sort((a, b) => b.version - a.version)[0];
  return matching.find((s) => s.version === version);
}

/** Fallbacks when an entry has no text in a language yet: English is read by more visitors than German. */
const FALLBACKS = ['en', 'de'];

export function localized(text: LocalizedText, language: string): string {
  return text[language] ?? (language === 'de-x-easy' ? text.de : undefined) ?? FALLBACKS.map((l) => text[l]).find(Boolean) ?? '';
}
