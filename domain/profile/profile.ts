import { EMAIL_PATTERN, HOUSE_NUMBER_PATTERN, PHONE_PATTERN } from '../validation/contact-patterns';
/**
 * The citizen's profile (name, address, contact, language): kept on the device, sent to the
 * server when online, prefilled into forms so nobody types the same thing twice (WCAG 3.3.7).
 * Device and server check it with this one function.
 */
import { checkNotificationSettings, type NotificationSettings } from '../account/notification-kinds';
import { findStreet, isCityPostcode } from '../places';

/** The portal's languages a citizen can prefer (Leichte Sprache is a switch on German: `easyLanguage`). */
export const PROFILE_LANGUAGES = ['de', 'en', 'tr', 'uk', 'ar'] as const;
export type ProfileLanguage = (typeof PROFILE_LANGUAGES)[number];

export interface Profile {
  name?: string;
  street?: string;
  houseNumber?: string;
  postcode?: string;
  phone?: string;
  /** Contact address for replies; the login e-mail stays as it is. */
  email?: string;
  language?: ProfileLanguage;
  /** Leichte Sprache (easy German) whenever the language is German. */
  easyLanguage?: boolean;
  /** Which news come by e-mail (domain/account/notification-kinds.ts); unset kinds keep their default. */
  notifications?: NotificationSettings;
  /** When the citizen last changed it (device clock), so the newer of two devices' edits wins. */
  updatedAt?: string;
}

export const PROFILE_TEXT_FIELDS = ['name', 'street', 'houseNumber', 'postcode', 'phone', 'email'] as const;
export type ProfileTextField = (typeof PROFILE_TEXT_FIELDS)[number];

export interface ProfileProblem {
  field: keyof Profile;
  code: string;
}

const MAX_LENGTH: Record<ProfileTextField, number> = { name: 100, street: 100, houseNumber: 10, postcode: 5, phone: 30, email: 200 };
const HOUSE_NUMBER = HOUSE_NUMBER_PATTERN;
const POSTCODE = /^\d{5}$/;
const PHONE = PHONE_PATTERN;
const EMAIL = EMAIL_PATTERN;

/**
 * Checks a profile as typed and returns it cleaned (trimmed, street spelled as the city spells
 * it, empty fields dropped) with every problem found. Only Werne addresses are accepted: the
 * portal serves this city's residents, and the street decides the Abfallkalender.
 */
export function checkProfile(input: unknown): { profile: Profile; problems: ProfileProblem[] } {
  const raw = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const problems: ProfileProblem[] = [];
  const profile: Profile = {};
  for (const field of PROFILE_TEXT_FIELDS) {
    const value = raw[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') {
      problems.push({ field, code: 'invalid' });
      continue;
    }
    const trimmed = value.trim().replace(/\s+/g, ' ');
    if (!trimmed) continue;
    if (trimmed.length > MAX_LENGTH[field]) problems.push({ field, code: 'tooLong' });
    profile[field] = trimmed;
  }
  if (profile.street) {
    const street = findStreet(profile.street);
    if (street) profile.street = street.name;
    else problems.push({ field: 'street', code: 'unknownStreet' });
  }
  if (profile.houseNumber && !HOUSE_NUMBER.test(profile.houseNumber)) problems.push({ field: 'houseNumber', code: 'format' });
  if (profile.houseNumber && !profile.street) problems.push({ field: 'street', code: 'requiredWithNumber' });
  if (profile.postcode) {
    if (!POSTCODE.test(profile.postcode)) problems.push({ field: 'postcode', code: 'format' });
    else if (!isCityPostcode(profile.postcode)) problems.push({ field: 'postcode', code: 'notWerne' });
  }
  if (profile.phone && !PHONE.test(profile.phone)) problems.push({ field: 'phone', code: 'format' });
  if (profile.email && !EMAIL.test(profile.email)) problems.push({ field: 'email', code: 'format' });
  if (raw.language !== undefined && raw.language !== null && raw.language !== '') {
    if ((PROFILE_LANGUAGES as readonly unknown[]).includes(raw.language)) profile.language = raw.language as ProfileLanguage;
    else problems.push({ field: 'language', code: 'invalid' });
  }
  if (raw.easyLanguage !== undefined) {
    if (typeof raw.easyLanguage === 'boolean') profile.easyLanguage = raw.easyLanguage;
    else problems.push({ field: 'easyLanguage', code: 'invalid' });
  }
  if (raw.notifications !== undefined) {
    const { settings, problem } = checkNotificationSettings(raw.notifications);
    if (problem) problems.push({ field: 'notifications', code: 'invalid' });
    else profile.notifications = settings;
  }
  if (typeof raw.updatedAt === 'string' && raw.updatedAt.length <= 40 && !Number.isNaN(Date.parse(raw.updatedAt))) {
    profile.updatedAt = raw.updatedAt;
  }
  const unknown = Object.keys(raw).filter((k) => ![...PROFILE_TEXT_FIELDS, 'language', 'easyLanguage', 'notifications', 'updatedAt'].includes(k));
  if (unknown.length) problems.push({ field: unknown[0] as keyof Profile, code: 'unknownField' });
  return { profile, problems };
}

/** The portal language a profile asks for: Leichte Sprache is German made easy. */
export function profileUiLanguage(profile: Profile): ProfileLanguage | 'de-x-easy' | undefined {
  if (profile.language !== undefined && profile.language !== 'de') return profile.language;
  if (profile.easyLanguage) return 'de-x-easy';
  return profile.language;
}
