import type { AnswerValue, Answers } from './service-definition';

/**
 * A condition over the answers, as data (so the catalogue stays plain JSON):
 * `filled` — the field has a value; `equals` — a choice or text is exactly this;
 * `includes` — a multiple choice contains this option; plus `all`, `any` and `not`.
 */
export type Condition =
  | { field: string; filled: true }
  | { field: string; equals: string }
  | { field: string; includes: string }
  | { all: readonly Condition[] }
  | { any: readonly Condition[] }
  | { not: Condition };

export function isFilled(value: AnswerValue | undefined): boolean {
  if (value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return Boolean(value.day?.trim() || value.month?.trim() || value.year?.trim());
}

export function holds(condition: Condition, answers: Answers): boolean {
  if ('all' in condition) return condition.all.every((c) => holds(c, answers));
  if ('any' in condition) return condition.any.some((c) => holds(c, answers));
  if ('not' in condition) return !holds(condition.not, answers);
  const value = answers[condition.field];
  if ('filled' in condition) return isFilled(value);
  if ('equals' in condition) return typeof value === 'string' && value === condition.equals;
  return Array.isArray(value) && value.includes(condition.includes);
}
