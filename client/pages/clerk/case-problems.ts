import type { SaidProblems } from '../../api/api-error-text';
import type { Said } from '../../i18n/i18n';

/** Where the case page's summary links a problem about no field of a section: the actions' heading. */
export const CASE_ACTIONS_ID = 'actions-title';

/** A section's problem is shown at its element, whose id is the problem's `field` (see `atElements`). */
export const sectionElement = (elementId: string) => elementId;

/**
 * A section of the case page reports problems or a success, as how to say them (so the page
 * rewords them after a language switch). A problem's `field` is the id of the element it is
 * about; without one, the summary links to the actions.
 */
export interface CaseFeedback {
  problems(said: SaidProblems): void;
  done(text: Said): void;
}

/**
 * Problems whose `field` names a field of the API (or an element) moved onto the section's
 * element ids; a field the section does not know goes to `fallback`.
 */
export function atElements(said: SaidProblems, elementIds: Record<string, string>, fallback?: string): SaidProblems {
  return (t) => said(t).map((p) => ({ ...p, field: (p.field && elementIds[p.field]) || (p.field ? fallback : undefined) }));
}
