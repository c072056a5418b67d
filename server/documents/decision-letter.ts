import { createHash } from 'node:crypto';
import type { TFunction } from 'i18next';
import { findService } from '../../domain/catalogue';
import type { DecisionLetter, DecisionOutcome } from '../../domain/decisions/decision-letter';
import { CITY, serviceTitle, type DepartmentNamer } from './request-texts';

export interface LetterFacts {
  outcome: DecisionOutcome;
  serviceId: string;
  catalogueVersion?: number;
  reference: string;
  department: string;
  recipient: string;
  clerkName: string;
  text: string;
  now?: Date;
}

/** Today in Werne as YYYY-MM-DD. */
export function berlinDay(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * The decision letter from the service's catalogue entry and the clerk's words. Letters are
 * written in German, the official language of the administration (§ 23 VwVfG NRW), whatever
 * language the clerk's screen shows; the clerk's preview is this same object.
 */
export function decisionLetter(t: TFunction, departmentName: DepartmentNamer, facts: LetterFacts): DecisionLetter {
  const now = facts.now ?? new Date();
  const service = findService(facts.serviceId, facts.catalogueVersion) ?? findService(facts.serviceId);
  const remedy = facts.outcome === 'reject' ? service?.legalRemedy : undefined;
  const title = serviceTitle(t, facts.serviceId);
  return {
    outcome: facts.outcome,
    letterhead: { city: CITY, department: departmentName(facts.department) },
    recipient: facts.recipient,
    reference: facts.reference,
    date: berlinDay(now),
    dateText: new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', dateStyle: 'long' }).format(now),
    subject: t(`decision-letter:subject.${facts.outcome}`, { service: title }),
    salutation: t('decision-letter:salutation', { name: facts.recipient }),
    text: facts.text.trim() || t('decision-letter:defaultText.complete', { service: title }),
    ...(remedy ? { remedy: { title: t('decision-letter:remedyTitle'), text: t(`decision-letter:remedy.${remedy.kind}`, { body: remedy.body, address: remedy.address }) } } : {}),
    closing: t('decision-letter:closing'),
    signature: { name: facts.clerkName, department: departmentName(facts.department) },
  };
}

/** What the clerk's confirmation names: the letter exactly as previewed. */
export function letterDigest(letter: DecisionLetter): string {
  return createHash('sha256').update(JSON.stringify(letter)).digest('hex');
}
