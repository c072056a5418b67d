import type { FormService, LegalBasis, RecipientKind, RoutingRule } from '../catalogue/service-definition';

/** One service as the privacy notice lists it (Art. 13 (1) c, e and (2) a DSGVO). */
export interface ServicePrivacyEntry {
  serviceId: string;
  basis: LegalBasis;
  law: string;
  /** The departments the routing rule can send a request to, in a fixed order. */
  departments: string[];
  /** True when the service costs money: the payment provider receives the payment data. */
  paymentProvider: boolean;
  recipients: readonly RecipientKind[];
  retentionDays: number;
}

function routedDepartments(rule: RoutingRule): string[] {
  const all = rule.kind === 'department' ? [rule.department] : [...Object.values(rule.map), rule.default];
  return [...new Set(all)].sort();
}

/**
 * The per-service part of the privacy notice, derived from the catalogue: who gets a request is
 * what its routing rule says, whether a payment provider is involved is what its fee says, and
 * how long it is kept is what the archive deletes by. A service without privacy facts has no
 * place here, and the tests refuse it.
 */
export function servicePrivacyEntries(services: readonly FormService[]): ServicePrivacyEntry[] {
  return services.map((service) => ({
    serviceId: service.id,
    basis: service.privacy.basis,
    law: service.privacy.law,
    departments: routedDepartments(service.routing),
    paymentProvider: service.fee.kind !== 'free',
    recipients: service.privacy.recipients,
    retentionDays: service.retentionDays,
  }));
}

/** "2 Jahre" rather than "730 Tage" where the days are whole years. */
export function retentionPeriod(days: number): { unit: 'years' | 'days'; count: number } {
  return days % 365 === 0 ? { unit: 'years', count: days / 365 } : { unit: 'days', count: days };
}

const BASES: readonly LegalBasis[] = ['a', 'b', 'c', 'e'];

/**
 * What the privacy notice would be missing for these services, one line each: a service without
 * privacy facts, an unknown legal basis, no law named, or no purpose text in a language
 * (`purposes`: language → the `privacy.purposes` object of its legal.json).
 */
export function privacyNoticeGaps(services: readonly FormService[], purposes: Readonly<Record<string, Readonly<Record<string, unknown>>>>): string[] {
  const gaps: string[] = [];
  for (const service of services) {
    const facts = (service as Partial<FormService>).privacy;
    const name = `${service.id}@${service.version}`;
    if (!facts) gaps.push(`${name}: keine Datenschutzangaben (privacy) im Katalog`);
    else {
      if (!BASES.includes(facts.basis)) gaps.push(`${name}: Rechtsgrundlage „${String(facts.basis)}“ ist keine von Art. 6 Abs. 1 lit. ${BASES.join('/')}`);
      if (typeof facts.law !== 'string' || facts.law.trim() === '') gaps.push(`${name}: kein Gesetz genannt`);
    }
    for (const [lng, texts] of Object.entries(purposes)) {
      const text = texts[service.id];
      if (typeof text !== 'string' || text.trim() === '') gaps.push(`${name}: kein Zweck in locales/${lng}/legal.json (privacy.purposes.${service.id})`);
    }
  }
  return gaps;
}
