import type { RequestDoc } from '../request/request-document';
import { parseDecimal } from '../validation/validate-answers';
import type { Answers, FormService, WarningRule } from './service-definition';

export interface FieldWarning {
  field: string;
  code: string;
  params: Record<string, string>;
}

type EarlierRequest = Pick<RequestDoc, 'id' | 'serviceId' | 'answers' | 'status' | 'submittedAt' | 'updatedAt'>;

/** The latest number given for this key in earlier requests that were sent (drafts don't count). */
export function previousValue(rule: WarningRule, answers: Answers, earlier: readonly EarlierRequest[], ownId?: string): number | undefined {
  const key = answers[rule.keyField];
  if (typeof key !== 'string' || !key.trim()) return undefined;
  const wanted = key.trim().toLowerCase();
  let latest: { at: string; value: number } | undefined;
  for (const doc of earlier) {
    if (doc.id === ownId || doc.status === 'draft' || doc.status === 'withdrawn' || doc.status === 'rejected') continue;
    for (const source of rule.sources) {
      if (doc.serviceId !== source.serviceId) continue;
      const k = doc.answers[source.keyField];
      const v = doc.answers[source.field];
      if (typeof k !== 'string' || k.trim().toLowerCase() !== wanted || typeof v !== 'string') continue;
      const value = parseDecimal(v);
      const at = doc.submittedAt ?? doc.updatedAt;
      if (value !== undefined && (!latest || at > latest.at)) latest = { at, value };
    }
  }
  return latest?.value;
}

/** Warnings for the answers, given the citizen's earlier requests (on the device). */
export function warningsFor(service: FormService, answers: Answers, earlier: readonly EarlierRequest[], ownId?: string): FieldWarning[] {
  const warnings: FieldWarning[] = [];
  for (const rule of service.warningRules ?? []) {
    const raw = answers[rule.field];
    const current = typeof raw === 'string' ? parseDecimal(raw) : undefined;
    const previous = previousValue(rule, answers, earlier, ownId);
    if (current !== undefined && previous !== undefined && current < previous) {
      warnings.push({ field: rule.field, code: rule.code, params: { previous: String(previous).replace('.', ',') } });
    }
  }
  return warnings;
}
