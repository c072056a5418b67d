import type { PublicFoundItem } from './found-item';

export interface FoundItemFilter {
  category?: string;
  text?: string;
}

/** Case- and accent-insensitive, so "geldborse" finds "Geldbörse". */
function fold(text: string): string {
  return text
    .toLocaleLowerCase('de-DE')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/**
 * The public list as the citizen narrows it: one category, and words that must all appear in
 * the description, the place or the number. Newest finds first. Runs on the device, so it works
 * on the cached list offline.
 */
export function filterFoundItems(items: readonly PublicFoundItem[], filter: FoundItemFilter): PublicFoundItem[] {
  const words = fold(filter.text ?? '')
    .split(/\s+/)
    .filter(Boolean);
  return items
    .filter((item) => !filter.category || item.category === filter.category)
    .filter((item) => {
      const haystack = fold(`${item.description} ${item.place} ${item.number}`);
      return words.every((w) => haystack.includes(w));
    })
    .sort((a, b) => b.foundOn.localeCompare(a.foundOn) || b.number.localeCompare(a.number));
}

/** How far back a clerk entering a found item is shown lost reports of the same category. */
export const MATCH_WINDOW_DAYS = 90;
