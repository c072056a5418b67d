import { isFilled } from '../../../domain/catalogue/condition';
import type { Answers, FormService, PageDefinition } from '../../../domain/catalogue/service-definition';
import { validatePage, visibleFields } from '../../../domain/validation/validate-answers';

export type TaskStatus = 'done' | 'notStarted' | 'optional' | 'incomplete';

/**
 * A task-list row's status, from the answers alone (so it is the same on every device):
 * nothing answered yet is "not started" (or "optional" when nothing on the page is required),
 * answered without problems is "done", answered with problems is "incomplete".
 */
export function taskStatus(service: FormService, page: PageDefinition, answers: Answers, now = new Date()): TaskStatus {
  const fields = visibleFields(service, page, answers);
  const errors = validatePage(service, page.id, answers, now);
  const anyAnswered = fields.some((f) => isFilled(answers[f]));
  if (!anyAnswered) return errors.length ? 'notStarted' : 'optional';
  return errors.length ? 'incomplete' : 'done';
}
