import type { DateField, DateParts, TextField } from '../catalogue/service-definition';
import { parseDateParts } from '../validation/calendar-date';
import { validateField, type FieldError } from '../validation/validate-answers';
import { isFundCategory, type FundCategory } from './categories';

/** `available`: waiting in the Fundbüro; `returned`: handed over to whoever proved it theirs. */
export type FoundItemStatus = 'available' | 'returned';

/**
 * A found item (Fundsache) as the Fundbüro keeps it. Only the fields named in
 * `PUBLIC_FOUND_ITEM_FIELDS` ever leave the clerks' pages.
 */
export interface FoundItem {
  id: string;
  /** Public number, e.g. `FS-2026-000042`: what citizens quote when they claim an item. */
  number: string;
  category: FundCategory;
  /** Short public description, without anything that names or identifies a person. */
  description: string;
  /** General place where it was found (a street, a park), never an address of a person. */
  place: string;
  /** Date found, `YYYY-MM-DD`. */
  foundOn: string;
  /** Shelf or box number in the Fundbüro's store room: internal. */
  storageNumber: string;
  status: FoundItemStatus;
  createdAt: string;
  /** Clerk (user id) who entered it: internal. */
  createdBy: string;
  returnedAt?: string;
  /** The claim request (Anspruch) it was handed over with: internal. */
  returnedWith?: string;
}

/**
 * The allow-list of what the public list shows. An allow-list, not a deny-list, so a field added
 * to `FoundItem` later stays internal until someone decides here that it may be public.
 */
export const PUBLIC_FOUND_ITEM_FIELDS = ['number', 'category', 'description', 'place', 'foundOn'] as const;

export type PublicFoundItem = Pick<FoundItem, (typeof PUBLIC_FOUND_ITEM_FIELDS)[number]>;

export function toPublicFoundItem(item: FoundItem): PublicFoundItem {
  const out: Record<string, unknown> = {};
  for (const key of PUBLIC_FOUND_ITEM_FIELDS) out[key] = item[key];
  return out as PublicFoundItem;
}

/** What a clerk types to enter a found item. */
export interface FoundItemInput {
  category: string;
  description: string;
  place: string;
  foundOn: Partial<DateParts>;
  storageNumber: string;
}

export const FOUND_ITEM_NUMBER_PREFIX = 'FS';
export const FOUND_ITEM_NUMBER_PATTERN = '^FS-\\d{4}-\\d{6}$';

const DESCRIPTION: TextField = { type: 'text', required: true, maxLength: 200 };
const PLACE: TextField = { type: 'text', required: true, maxLength: 100 };
const STORAGE: TextField = { type: 'text', required: true, maxLength: 20, pattern: '^[A-Za-z0-9 ./-]+$' };
const FOUND_ON: DateField = { type: 'date', required: true, rule: 'past', maxDaysBack: 365 };

// An e-mail address, or six or more digits in a row (phone, account, ID card numbers): what
// identifies a person must not go into the public description or place.
const PERSONAL_DATA = [/[^\s@]+@[^\s@]+\.[^\s@]+/, /\d(?:[\s/.-]?\d){5,}/];

export function looksPersonal(text: string): boolean {
  return PERSONAL_DATA.some((re) => re.test(text));
}

/** Problems with a clerk's entry, per field (texts under `fundsachen:clerk.errors.<field>.<code>`). */
export function validateFoundItemInput(input: Partial<FoundItemInput>, now = new Date()): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, problem: Omit<FieldError, 'field'> | undefined) => {
    if (problem) errors.push({ field, ...problem });
  };
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  if (!input.category) add('category', { code: 'required' });
  else if (!isFundCategory(input.category)) add('category', { code: 'invalid' });
  for (const [field, def] of [
    ['description', DESCRIPTION],
    ['place', PLACE],
  ] as const) {
    const value = text(input[field]);
    const problem = validateField(def, value, now);
    add(field, problem ?? (value && looksPersonal(value) ? { code: 'personalData' } : undefined));
  }
  const foundOn = input.foundOn && typeof input.foundOn === 'object' ? input.foundOn : undefined;
  add('foundOn', validateField(FOUND_ON, foundOn as DateParts | undefined, now));
  add('storageNumber', validateField(STORAGE, text(input.storageNumber), now));
  return errors;
}

/** `YYYY-MM-DD` from the date input's parts (call after validation). */
export function isoDate(parts: Partial<DateParts>): string {
  const d = parseDateParts(parts);
  if (typeof d === 'string') throw new Error(`not a date: ${d}`);
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}
