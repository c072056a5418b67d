import { TEMPLATE_KINDS, TEMPLATE_LANGUAGES, TEMPLATE_NAME_MAX, TEMPLATE_TEXT_MAX } from '../../templates/text-template';
import { DOC_ID, UUID } from '../fields';
import { INBOX_FILTER_FIELDS } from './inbox-filter';
import { endpoint, object } from '../endpoint';

/** Clerks and leads of the department read and use its templates; only its lead (Fachdienstleitung) keeps them. */
const dept = { roles: ['clerk', 'lead'], scope: 'department' } as const;
const lead = { roles: ['lead'], scope: 'department' } as const;
/** Saved filters are the clerk's own: another clerk's answer 404. */
const own = { roles: ['clerk', 'lead'], scope: 'owner' } as const;
const JSON_OK = { status: 200, type: 'application/json' } as const;
const CREATED = { status: 201, type: 'application/json' } as const;
const TEMPLATE_ID = object({ templateId: UUID }, ['templateId']);
const TEXTS = object(Object.fromEntries(TEMPLATE_LANGUAGES.map((l) => [l, { type: 'string', maxLength: TEMPLATE_TEXT_MAX }])) as Record<(typeof TEMPLATE_LANGUAGES)[number], { type: 'string'; maxLength: number }>);
const TEMPLATE_BODY = object({ kind: { type: 'string', enum: [...TEMPLATE_KINDS] }, name: { type: 'string', maxLength: TEMPLATE_NAME_MAX }, texts: TEXTS }, ['kind', 'name', 'texts']);
/** The inbox's filter as saved: the inbox query's fields without the page (checked again when applied). */
const SAVED_QUERY = object(INBOX_FILTER_FIELDS);

export const clerkDeskEndpoints = [
  endpoint({ id: 'clerk.templates', method: 'GET', path: '/api/clerk/templates', tag: 'clerk', summary: "The department's text templates for messages and decisions, and whether the caller may edit them (the lead).", access: dept, response: JSON_OK }),
  endpoint({ id: 'clerk.createTemplate', method: 'POST', path: '/api/clerk/templates', tag: 'clerk', summary: 'Add a text template to the department (department lead only).', access: lead, body: TEMPLATE_BODY, response: CREATED }),
  endpoint({ id: 'clerk.updateTemplate', method: 'PUT', path: '/api/clerk/templates/:templateId', tag: 'clerk', summary: 'Change a text template of the department (department lead only).', access: lead, params: TEMPLATE_ID, body: TEMPLATE_BODY, response: JSON_OK }),
  endpoint({ id: 'clerk.deleteTemplate', method: 'DELETE', path: '/api/clerk/templates/:templateId', tag: 'clerk', summary: 'Remove a text template of the department (department lead only).', access: lead, params: TEMPLATE_ID, response: JSON_OK }),
  endpoint({
    id: 'clerk.fillTemplate',
    method: 'POST',
    path: '/api/clerk/requests/:id/template-text',
    tag: 'clerk',
    summary: "A template filled from the case (name, Aktenzeichen, dates, fee) in the citizen's language where the template has it; a placeholder the case cannot fill is a 422 naming it.",
    access: dept,
    params: object({ id: DOC_ID }, ['id']),
    body: object({ templateId: UUID, kind: { type: 'string', enum: [...TEMPLATE_KINDS] } }, ['templateId', 'kind']),
    response: JSON_OK,
  }),
  endpoint({ id: 'clerk.savedFilters', method: 'GET', path: '/api/clerk/saved-filters', tag: 'clerk', summary: "The caller's own saved inbox filters.", access: own, response: JSON_OK }),
  endpoint({
    id: 'clerk.saveFilter',
    method: 'POST',
    path: '/api/clerk/saved-filters',
    tag: 'clerk',
    summary: 'Save the current inbox filter under a name, for the caller only (the same name replaces it).',
    access: own,
    body: object({ name: { type: 'string', maxLength: 80 }, query: SAVED_QUERY }, ['name', 'query']),
    response: CREATED,
  }),
  endpoint({ id: 'clerk.deleteSavedFilter', method: 'DELETE', path: '/api/clerk/saved-filters/:filterId', tag: 'clerk', summary: 'Remove one of the caller\'s saved filters.', access: own, params: object({ filterId: UUID }, ['filterId']), response: JSON_OK }),
] as const;
