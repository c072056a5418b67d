import type { FormProblem } from '../../api/api-error-text';

/** A section of the case page reports problems (linked to its own field ids) or a success. */
export interface CaseFeedback {
  problems(list: FormProblem[], fieldIds: Record<string, string>): void;
  done(text: string): void;
}
