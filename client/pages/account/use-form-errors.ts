import { useState } from 'preact/hooks';
import type { FormProblem, SaidProblems } from '../../api/api-error-text';
import type { ErrorSummaryItem } from '../../components/ErrorSummary/ErrorSummary';
import { useT } from '../../i18n/i18n';
import { useSaid } from '../../i18n/use-said';

/**
 * Errors of a simple form: shown in the summary (linked to their field, or to `fallbackField`
 * for errors about the whole form) and at the field; each failed submit refocuses the summary.
 */
export function useFormErrors(idOf: (field: string) => string, fallbackField: string) {
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
    },
    clear() {
      say(undefined);
    },
  };
}
