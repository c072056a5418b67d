/**
 * How locale files are compared across languages (the parity test, and any script that checks a
 * translation): keys flattened to `a.b.c`, plural forms folded to their base key (i18next picks
 * `_one`, `_few`, … per language from Intl.PluralRules), and the `{{…}}` placeholders of each.
 */
export const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

export function pluralBase(key: string): string {
  return key.replace(PLURAL_SUFFIX, '');
}

/** `a.b.c` → text (arrays, e.g. lists of sentences, count as one text). */
export function flattenTexts(value: unknown, prefix = ''): Record<string, string> {
  if (Array.isArray(value)) return { [prefix]: value.join('\n') };
  if (value && typeof value === 'object') {
    return Object.assign({}, ...Object.entries(value).map(([k, v]) => flattenTexts(v, prefix ? `${prefix}.${k}` : k)));
  }
  return { [prefix]: String(value) };
}

/**
 * Placeholder names per base key. Plural forms are pooled: Arabic's `_zero` may well say "no
 * requests" without `{{count}}`, as long as some form of the key uses it.
 */
export function placeholdersOf(texts: unknown): Map<string, string[]> {
  const pooled = new Map<string, Set<string>>();
  for (const [key, text] of Object.entries(flattenTexts(texts))) {
    const base = pluralBase(key);
    const names = pooled.get(base) ?? new Set<string>();
    for (const m of text.matchAll(/\{\{\s*([\w.]+)/g)) names.add(m[1]);
    pooled.set(base, names);
  }
  return new Map([...pooled].map(([key, names]) => [key, [...names].sort()]));
}
