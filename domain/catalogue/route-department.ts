import { districtOf } from '../places/streets';
import { effectiveRule, type RoutingOverride } from './routing-overrides';
import type { Answers, FormService, RoutingRule } from './service-definition';

function pick(rule: RoutingRule, answers: Answers): string {
  switch (rule.kind) {
    case 'department':
      return rule.department;
    case 'byAnswer': {
      const value = answers[rule.field];
      return (typeof value === 'string' && rule.map[value]) || rule.default;
    }
    case 'byDistrict': {
      const street = answers[rule.streetField];
      const district = typeof street === 'string' ? districtOf(street) : undefined;
      return (district && rule.map[district]) || rule.default;
    }
  }
}

/**
 * The department a request goes to, from the service's routing rule (with the administrator's
 * override, if any) and the answers. An override naming a department that no longer takes
 * requests is ignored for that request, so nothing is ever routed into a void.
 */
export function routeDepartment(
  service: FormService,
  answers: Answers,
  override?: RoutingOverride,
  takesRequests: (department: string) => boolean = () => true,
): string {
  const chosen = pick(effectiveRule(service.routing, override), answers);
  return takesRequests(chosen) ? chosen : pick(service.routing, answers);
}
