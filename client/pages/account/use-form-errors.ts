import { useState } from 'preact/hooks';
import type { FormProblem } from '../../api/api-error-text';
import type { ErrorSummaryItem } from '../../components/ErrorSummary/ErrorSummary';

/**
 * Errors of a simple form: shown in the summary (linked to their field, or to `fallbackField`
 * for errors about the whole form) and at the field; each failed submit refocuses the summary.
 */
export function useFormErrors(idOf: (field: string) => string, fallbackField: string) {
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [focusToken, setFocusToken] = useState(0);
  return {
    problems,
    focusToken,
    summary: problems.map<ErrorSummaryItem>((p) => ({ href: `#${idOf(p.field ?? fallbackField)}`, text: p.text })),
    at: (field: string) => problems.find((p) => p.field === field)?.text,
    show(found: FormProblem[]) {
      setProblems(found);
      if (found.length) setFocusToken((n) => n + 1);
    },
  };
}
