import type { ServiceDefinition } from '../../../domain/catalogue/service-definition';
import type { Translate } from '../../i18n/i18n';

/**
 * The words for sending a form and for the thank-you page, by what sending means for this
 * service (catalogue data `submission`): "Meldung absenden" for a Mängelmelder, never "Antrag".
 */
export function submissionText(t: Translate, service: Pick<ServiceDefinition, 'submission'>, which: 'send' | 'thanks'): string {
  return t(`submission:kinds.${service.submission ?? 'application'}.${which}`);
}

/**
 * What happens next, as true at this moment: some services say something else once the city has
 * the request (`afterRouting`: the Sperrmüll day is booked, the report is with the office) than
 * before (`beforeRouting`); `whatHappensNext` is the text for both.
 */
export function nextStepsKeys(namespace: string, routed: boolean): string[] {
  return [`${namespace}:${routed ? 'afterRouting' : 'beforeRouting'}`, `${namespace}:whatHappensNext`];
}
