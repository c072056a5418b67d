import type { TFunction } from 'i18next';
import { holds, findService } from '../../domain/catalogue';
import type { RequestDoc } from '../../domain/request/request-document';
import { formatAnswer } from '../../client/format/format-answer';
import { localized } from '../../domain/catalogue/lookup';
import { currentCity } from '../../domain/city/load-city';

/** The letterhead: the body the city configuration names (domain/city, `CITY`). */
export const CITY = currentCity().authority;

/** A moment as people in Werne read it, e.g. "25.11.2026, 14:03 Uhr". */
export function berlinTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(new Date(iso));
}

/** Every answer of the request with its label, in the form's order, as the citizen's check page lists them. */
export function labelledAnswers(t: TFunction, doc: Pick<RequestDoc, 'serviceId' | 'catalogueVersion' | 'answers'>, locale: string) {
  const service = findService(doc.serviceId, doc.catalogueVersion) ?? findService(doc.serviceId);
  if (!service) return Object.entries(doc.answers).map(([label, value]) => ({ label, value: JSON.stringify(value) }));
  const ns = service.namespace;
  const lookup = (key: string | string[], options?: Record<string, unknown>) => t(key as string, options as never) as unknown as string;
  return service.pages
    .filter((page) => !page.showWhen || holds(page.showWhen, doc.answers))
    .flatMap((page) => page.fields)
    .filter((fieldId) => service.fields[fieldId].type !== 'file')
    .map((fieldId) => ({
      label: t([`${ns}:fields.${fieldId}.summary`, `${ns}:fields.${fieldId}.label`]) as string,
      value: formatAnswer(service.fields[fieldId], fieldId, doc.answers[fieldId], ns, lookup, locale) ?? (t('common:notAnswered') as string),
    }));
}

/**
 * The service's title in the caller's language: on the catalogue entry for de, en and Leichte
 * Sprache, in `locales/<lng>/catalogue-services.json` for the others.
 */
export function serviceTitle(t: TFunction, serviceId: string): string {
  const service = findService(serviceId);
  if (!service) return serviceId;
  const lng = (t as unknown as { lng?: string }).lng ?? 'de';
  return service.title[lng] ?? (t(`catalogue-services:${serviceId}.title`, { defaultValue: localized(service.title, lng) }) as string);
}

/** The language a translator writes, as the document's language tag. */
export function documentTag(t: TFunction): string {
  return (t as unknown as { lng?: string }).lng ?? 'de';
}

/** Names a department in the document's language, as the store has it now (server/departments' `departmentNamer`). */
export type DepartmentNamer = (department: string | undefined) => string;
