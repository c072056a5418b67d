import type { BodyOf, EndpointById, ResponseOf, SavedFilter, TextTemplate } from '../../../domain/api';
import type { TemplateKind } from '../../../domain/templates';
import { sessionFetch } from '../../session/session-fetch';

export type { SavedFilter } from '../../../domain/api';
export type TemplateBody = BodyOf<EndpointById<'clerk.createTemplate'>>;

export function fetchTemplates(): Promise<ResponseOf<'clerk.templates'>> {
  return sessionFetch<ResponseOf<'clerk.templates'>>('/api/clerk/templates');
}

export async function saveTemplate(body: TemplateBody, id?: string): Promise<TextTemplate> {
  const path = id ? `/api/clerk/templates/${encodeURIComponent(id)}` : '/api/clerk/templates';
  return (await sessionFetch<ResponseOf<'clerk.createTemplate'>>(path, { method: id ? 'PUT' : 'POST', body })).template;
}

export async function deleteTemplate(id: string): Promise<void> {
  // A body, so the request carries the JSON content type every state change must.
  await sessionFetch<ResponseOf<'clerk.deleteTemplate'>>(`/api/clerk/templates/${encodeURIComponent(id)}`, { method: 'DELETE', body: {} });
}

/** The template filled from the case on the server, in the citizen's language where the template has it. */
export function fillTemplate(caseId: string, templateId: string, kind: TemplateKind): Promise<ResponseOf<'clerk.fillTemplate'>> {
  return sessionFetch<ResponseOf<'clerk.fillTemplate'>>(`/api/clerk/requests/${encodeURIComponent(caseId)}/template-text`, { body: { templateId, kind } });
}

export async function fetchSavedFilters(): Promise<SavedFilter[]> {
  return (await sessionFetch<ResponseOf<'clerk.savedFilters'>>('/api/clerk/saved-filters')).filters;
}

export async function saveFilter(name: string, query: Record<string, string>): Promise<SavedFilter> {
  return (await sessionFetch<ResponseOf<'clerk.saveFilter'>>('/api/clerk/saved-filters', { body: { name, query } })).filter;
}

export async function deleteSavedFilter(id: string): Promise<void> {
  await sessionFetch<ResponseOf<'clerk.deleteSavedFilter'>>(`/api/clerk/saved-filters/${encodeURIComponent(id)}`, { method: 'DELETE', body: {} });
}
