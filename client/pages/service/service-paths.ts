import type { Answers, ServiceDefinition } from '../../../domain/catalogue/service-definition';
import type { RequestDoc } from '../../../domain/request/request-document';
import { visiblePages } from '../../../domain/validation/validate-answers';

/**
 * The German addresses of a service's pages:
 *   /<service>                              start page of the service
 *   /<service>/<request>/<page>             one question page (…?zurueck=pruefen: came from the check page)
 *   /<service>/<request>/aufgaben           task list (forms with more than TASK_LIST_MIN_PAGES pages)
 *   /<service>/<request>/pruefen            check your answers
 *   /<service>/<request>/bestaetigung       confirmation
 */
export const CHECK_PAGE = 'pruefen';
export const CONFIRMATION_PAGE = 'bestaetigung';
export const TASK_LIST_PAGE = 'aufgaben';
export const RETURN_PARAM = 'zurueck';
/** GOV.UK: a task list helps once a form has more than about five pages. */
export const TASK_LIST_MIN_PAGES = 6;

export function hasTaskList(service: ServiceDefinition): boolean {
  return service.pages.length >= TASK_LIST_MIN_PAGES;
}

export function taskListPath(serviceId: string, requestId: string): string {
  return `/${serviceId}/${requestId}/${TASK_LIST_PAGE}`;
}

export function servicePath(serviceId: string): string {
  return `/${serviceId}`;
}

export function formPagePath(serviceId: string, requestId: string, pageId: string, returnToCheck = false): string {
  return `/${serviceId}/${requestId}/${pageId}${returnToCheck ? `?${RETURN_PARAM}=${CHECK_PAGE}` : ''}`;
}

export function checkPath(serviceId: string, requestId: string): string {
  return `/${serviceId}/${requestId}/${CHECK_PAGE}`;
}

export function confirmationPath(serviceId: string, requestId: string): string {
  return `/${serviceId}/${requestId}/${CONFIRMATION_PAGE}`;
}

/**
 * Where "Weiter" leads: the next question asked (conditional pages the answers rule out are
 * skipped), or the check page after the last (or when asked to return).
 */
export function nextPath(service: ServiceDefinition, requestId: string, pageId: string, returnToCheck: boolean, answers: Answers = {}): string {
  const pages = visiblePages(service, answers);
  const index = pages.findIndex((p) => p.id === pageId);
  const next = index >= 0 ? pages[index + 1] : service.pages.slice(service.pages.findIndex((p) => p.id === pageId) + 1).find((p) => pages.includes(p));
  if (returnToCheck || !next) return checkPath(service.id, requestId);
  return formPagePath(service.id, requestId, next.id);
}

/** Where the back link leads: the previous question asked, the check page, the task list or the service's start. */
export function previousPath(service: ServiceDefinition, requestId: string, pageId: string, returnToCheck: boolean, answers: Answers = {}): string {
  if (returnToCheck) return checkPath(service.id, requestId);
  const pages = visiblePages(service, answers);
  if (pageId === CHECK_PAGE) {
    return hasTaskList(service) ? taskListPath(service.id, requestId) : formPagePath(service.id, requestId, pages[pages.length - 1].id);
  }
  const index = pages.findIndex((p) => p.id === pageId);
  if (index <= 0) return hasTaskList(service) && pageId !== TASK_LIST_PAGE ? taskListPath(service.id, requestId) : servicePath(service.id);
  return formPagePath(service.id, requestId, pages[index - 1].id);
}

/**
 * Where to continue a request: a draft resumes on the page the citizen was on (or the check
 * page); a returned draft on its check page, which lists the problems; anything sent shows its
 * confirmation page's information on the request page.
 */
export function continuePath(service: ServiceDefinition, doc: Pick<RequestDoc, 'id' | 'status' | 'currentPage' | 'problems'>): string {
  if (doc.status !== 'draft') return `/antraege/${doc.id}`;
  if (doc.problems?.length) return checkPath(service.id, doc.id);
  const page = doc.currentPage;
  if (page === CHECK_PAGE) return checkPath(service.id, doc.id);
  if (hasTaskList(service)) return taskListPath(service.id, doc.id);
  if (page && service.pages.some((p) => p.id === page)) return formPagePath(service.id, doc.id, page);
  return formPagePath(service.id, doc.id, service.pages[0].id);
}
