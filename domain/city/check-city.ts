import { registerProblems } from '../places/register-check';
import { checkCalendarData } from '../waste-calendar/calendar-data';
import type { CityConfig } from './city-config';
import { contrastRatio } from './contrast';

/** WCAG 1.4.3 (AA) for normal text. */
export const MIN_TEXT_CONTRAST = 4.5;

const HEX = /^#[0-9a-f]{6}$/i;

/**
 * Everything wrong with a city's configuration, in German for the person who wrote it: colours
 * that fail WCAG contrast, an emblem that could run script or fetch from elsewhere, a missing
 * field, a street register that contradicts itself, an Abfallkalender naming districts or streets
 * the register doesn't know. Empty when the city is fit to run.
 */
export function cityProblems(city: CityConfig): string[] {
  const problems: string[] = [];
  const required: [string, unknown][] = [
    ['id', city.id], ['name', city.name], ['authority', city.authority], ['portalName', city.portalName],
    ['address.street', city.address?.street], ['address.postcode', city.address?.postcode], ['address.town', city.address?.town],
    ['contact.email', city.contact?.email], ['contact.phone', city.contact?.phone],
    ['accessibilityContact.email', city.accessibilityContact?.email], ['accessibilityContact.phone', city.accessibilityContact?.phone],
    ['legal.representative.name', city.legal?.representative?.name],
    ['legal.supervisoryAuthority.name', city.legal?.supervisoryAuthority?.name],
    ['dataProtectionOfficer.email', city.dataProtectionOfficer?.email],
    ['dataProtectionAuthority.name', city.dataProtectionAuthority?.name], ['mailFrom', city.mailFrom],
  ];
  for (const [field, value] of required) if (typeof value !== 'string' || value.trim() === '') problems.push(`${field} fehlt.`);
  const register = registerProblems(city.streets);
  problems.push(...register);
  if (!city.wasteCalendar) problems.push('wasteCalendar fehlt: der Abfallkalender der Stadt.');
  else if (register.length === 0) problems.push(...checkCalendarData(city.wasteCalendar, city.streets).map((p) => `wasteCalendar: ${p}`));
  const colours = city.colours ?? {};
  for (const [name, value] of Object.entries(colours)) if (!HEX.test(value)) problems.push(`colours.${name} „${value}“ ist keine Farbe der Form #rrggbb.`);
  if (problems.length) return problems;
  const pairs: [string, string, string][] = [
    ['Text (onPrimary) auf der Hauptfarbe (primary)', colours.onPrimary, colours.primary],
    ['Links (link) auf dem Hintergrund (background)', colours.link, colours.background],
  ];
  for (const [what, fg, bg] of pairs) {
    const ratio = contrastRatio(fg, bg);
    if (ratio < MIN_TEXT_CONTRAST) problems.push(`${what}: Kontrast ${ratio.toFixed(2)}:1, mindestens ${MIN_TEXT_CONTRAST}:1 nötig (WCAG 1.4.3).`);
  }
  if (!/^<svg\b[^>]*\bviewBox=/.test(city.emblemSvg ?? '') || !/<\/svg>$/.test(city.emblemSvg)) problems.push('emblemSvg muss ein <svg> mit viewBox sein.');
  // Inserted into every page as markup: nothing that runs or loads from elsewhere.
  if (/<script|<foreignObject|\son\w+=|(?:href|src)=["'](?!#)/i.test(city.emblemSvg ?? '')) problems.push('emblemSvg darf kein Skript, keine Ereignis-Attribute und keine Verweise enthalten.');
  return problems;
}
