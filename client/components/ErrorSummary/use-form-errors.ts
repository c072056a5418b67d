import { useState } from 'preact/hooks';
import type { FormProblem, SaidProblems } from '../../api/api-error-text';
import { useT } from '../../i18n/i18n';
import { useSaid } from '../../i18n/use-said';
import type { ErrorSummaryItem } from './ErrorSummary';

/**
 * A form's problems for the error summary pattern, kept as how to say them so a language switch
 * rewords them: shown at their field (`at`) and in the summary (`summary`, linked to the field's
 * element by `idOf`, or to `fallbackField`'s for a problem about the whole form); each failed
 * submit moves focus to the summary again (`focusToken`). A form whose page keeps the one
 * summary (a section of the clerk's case page) hands its problems on with `report` instead.
 */
export function useFormErrors(idOf: (field: string) => string, fallbackField: string, report?: (found: SaidProblems) => void) {
  const t = useT();
  const [problems = [], say] = useSaid<FormProblem[]>();
  const [focusToken, setFocusToken] = useState(0);
  return {
    problems,
    focusToken,
    summary: problems.map<ErrorSummaryItem>((p) => ({ href: `#${idOf(p.field ?? fallbackField)}`, text: p.text })),
    at: (field: string) => problems.find((p) => p.field === field)?.text,
    show(found: SaidProblems) {
      say(found);
      if (found(t).length) setFocusToken((n) => n + 1);
      report?.(found);
    },
    clear() {
      say(undefined);
    },
  };
}
