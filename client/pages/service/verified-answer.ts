import type { AnswerValue, ServiceDefinition } from '../../../domain/catalogue/service-definition';
import { currentUser } from '../../session/session';

/**
 * Whether the answer is what BundID confirmed for this citizen: prefilled from a profile field
 * the last BundID login filled, and not changed since. The citizen may still change it (the form
 * asks for this request's answer); then it is theirs and no longer shown as confirmed. The
 * question pages and "Antworten prüfen" both say so, from this one rule.
 */
export function isVerifiedAnswer(service: ServiceDefinition, fieldId: string, value: AnswerValue | undefined): boolean {
  const user = currentUser.value;
  const def = service.fields[fieldId];
  const source = 'prefillFrom' in def ? def.prefillFrom : undefined;
  if (!source || !user?.identity?.verifiedFields.includes(source)) return false;
  return typeof value === 'string' && value !== '' && value === user.profile?.[source];
}
