import { useState } from 'preact/hooks';
import type { SaidProblems } from '../../api/api-error-text';
import type { ErrorSummaryItem } from '../../components/ErrorSummary/ErrorSummary';
import { useT } from '../../i18n/i18n';

const NO_PROBLEMS: SaidProblems = () => [];

/**
 * Errors of a simple form: shown in the summary (linked to their field, or to `fallbackField`
 * for errors about the whole form) and at the field; each failed submit refocuses the summary.
 */
export function useFormErrors(idOf: (field: string) => string, fallbackField: string) {
  const t = useT();
  const [said, setSaid] = useState<SaidProblems>(() => NO_PROBLEMS);
  const [focusToken, setFocusToken] = useState(0);
  const problems = said(t);
  return {
    problems,
    focusToken,
    summary: problems.map<ErrorSummaryItem>((p) => ({ href: `#${idOf(p.field ?? fallbackField)}`, text: p.text })),
    at: (field: string) => problems.find((p) => p.field === field)?.text,
    show(found: SaidProblems) {
      // A function given to a state setter is taken as an updater: wrap it.
      setSaid(() => found);
      if (found(t).length) setFocusToken((n) => n + 1);
    },
    clear() {
      setSaid(() => NO_PROBLEMS);
    },
  };
}
