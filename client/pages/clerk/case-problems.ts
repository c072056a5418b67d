import type { FormProblem, SaidProblems } from '../../api/api-error-text';
import type { Said } from '../../i18n/i18n';
import { useSaid } from '../../i18n/use-said';

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

/** A section's own problems: shown at its fields and in the page's summary, reworded on a language switch. */
export function useSectionProblems(feedback: CaseFeedback) {
  const [problems = [], say] = useSaid<FormProblem[]>();
  return {
    at: (elementId: string) => problems.find((p) => p.field === elementId)?.text,
    show(said: SaidProblems) {
      say(said);
      feedback.problems(said);
    },
    clear() {
      say(undefined);
    },
  };
}
