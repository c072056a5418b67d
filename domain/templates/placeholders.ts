import { formatEuro } from '../catalogue/fee';
import type { TemplateLanguage } from './text-template';

/**
 * What a template may say about the case, written `{name}` in the text. Kept to facts the case
 * always or sometimes has; one that the case lacks (no fee, no appointment) is never sent blank.
 */
export const PLACEHOLDERS = ['name', 'aktenzeichen', 'eingangsdatum', 'datum', 'termin', 'frist', 'gebuehr'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** `{name}`, `{ aktenzeichen }`: letters, digits and underscores between braces. */
const TOKEN = /\{\s*([A-Za-z0-9_]+)\s*\}/g;

export function isPlaceholder(name: string): name is Placeholder {
  return (PLACEHOLDERS as readonly string[]).includes(name);
}

/** The placeholders a text uses, in order of first use. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(TOKEN)].map((m) => m[1]))];
}

/** Names in braces that are no placeholder (a typo the lead must see before any clerk sends it). */
export function unknownPlaceholders(text: string): string[] {
  return placeholdersIn(text).filter((p) => !isPlaceholder(p));
}

/** The facts of a case a template is filled from; absent where the case has none. */
export interface CaseFacts {
  citizenName?: string;
  reference?: string;
  receivedAt?: string;
  /** YYYY-MM-DD or a slot id (YYYY-MM-DDTHH:MM). */
  appointment?: string;
  /** YYYY-MM-DD */
  deadline?: string;
  feeCents?: number;
}

export type FillResult = { ok: true; text: string } | { ok: false; missing: string[] };

function intlLocale(language: TemplateLanguage): string {
  return language === 'de-x-easy' ? 'de-DE' : language === 'en' ? 'en-GB' : language;
}

function formatDay(value: string, language: TemplateLanguage): string {
  const [date, time] = value.split('T');
  const day = new Intl.DateTimeFormat(intlLocale(language), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date.slice(0, 10)}T00:00:00Z`));
  return time && /^\d{2}:\d{2}$/.test(time) ? `${day}, ${time}` : day;
}

/** The value of each placeholder for this case, in the reader's language; absent where the case has none. */
export function placeholderValues(facts: CaseFacts, language: TemplateLanguage, today: string): Partial<Record<Placeholder, string>> {
  const values: Partial<Record<Placeholder, string>> = { datum: formatDay(today, language) };
  if (facts.citizenName?.trim()) values.name = facts.citizenName.trim();
  if (facts.reference) values.aktenzeichen = facts.reference;
  if (facts.receivedAt) values.eingangsdatum = formatDay(facts.receivedAt.slice(0, 10), language);
  if (facts.appointment) values.termin = formatDay(facts.appointment, language);
  if (facts.deadline) values.frist = formatDay(facts.deadline, language);
  if (facts.feeCents !== undefined && facts.feeCents > 0) values.gebuehr = formatEuro(facts.feeCents, language);
  return values;
}

/**
 * The template's text with every placeholder replaced. If any cannot be filled (the case has no
 * such fact, or the name is no placeholder), nothing is filled and the missing names are returned:
 * a letter with a blank where the fee should be must never reach a citizen.
 */
export function fillTemplate(text: string, values: Partial<Record<string, string>>): FillResult {
  const missing = placeholdersIn(text).filter((p) => !isPlaceholder(p) || !values[p]);
  if (missing.length) return { ok: false, missing };
  return { ok: true, text: text.replace(TOKEN, (_all, name: string) => values[name]!) };
}
