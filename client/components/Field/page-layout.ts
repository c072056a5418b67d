import type { PageDefinition, ServiceDefinition } from '../../../domain/catalogue/service-definition';

/**
 * How a form page is headed (GOV.UK "question pages"): a page with one question, or led by a
 * group question (checkboxes, a date), uses that question's label/legend as its h1. A page of
 * several plain inputs (an address) gets one fieldset whose legend is the page title.
 * Returns the field whose label is the heading, or undefined for the fieldset case.
 */
export function headingField(service: ServiceDefinition, page: PageDefinition): string | undefined {
  const [first] = page.fields;
  if (page.fields.length === 1) return first;
  const type = service.fields[first]?.type;
  return type === 'checkboxes' || type === 'radios' || type === 'date' || type === 'slot' || type === 'file' ? first : undefined;
}

/** The i18n key of the page's heading text (also its document title). */
export function headingKey(service: ServiceDefinition, page: PageDefinition): string {
  const field = headingField(service, page);
  return field ? `${service.namespace}:fields.${field}.label` : `${service.namespace}:pages.${page.id}.title`;
}
