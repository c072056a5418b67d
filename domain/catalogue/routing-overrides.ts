import { districtIds } from '../places/streets';
import type { FieldError } from '../validation/validate-answers';
import type { FormService, RoutingRule } from './service-definition';

/**
 * Routing rules changed without code: the administrator overrides, per service, where requests
 * go. An override maps a slot of the service's rule to a department:
 * - `*` ("otherwise") is the single department of a `department` rule, and the default of a
 *   `byAnswer`/`byDistrict` rule (where answers the map doesn't name go);
 * - any other slot is an answer value (`byAnswer`) or a district id (`byDistrict`).
 * Slots the override leaves out keep the catalogue's choice. Overrides are data in the store,
 * keyed by service id, so they hold for every version of the service.
 */
export const OTHERWISE = '*';
export type RoutingOverride = Readonly<Record<string, string>>;
export type RoutingOverrides = Readonly<Record<string, RoutingOverride>>;

/** The slots a service's rule offers to override, in the order a form shows them; `*` last. */
export function routingSlots(service: FormService): string[] {
  const rule = service.routing;
  if (rule.kind === 'department') return [OTHERWISE];
  if (rule.kind === 'byDistrict') return [...districtIds(), OTHERWISE];
  const field = service.fields[rule.field];
  const options = field && (field.type === 'radios' || field.type === 'checkboxes') ? field.options : [];
  return [...new Set([...options, ...Object.keys(rule.map)])].filter((v) => v !== OTHERWISE).concat(OTHERWISE);
}

/** The catalogue's rule with the override laid over it: the one place both are combined. */
export function effectiveRule(rule: RoutingRule, override: RoutingOverride | undefined): RoutingRule {
  if (!override) return rule;
  const otherwise = override[OTHERWISE];
  if (rule.kind === 'department') return otherwise ? { ...rule, department: otherwise } : rule;
  const map: Record<string, string> = { ...rule.map };
  for (const [slot, department] of Object.entries(override)) if (slot !== OTHERWISE) map[slot] = department;
  return { ...rule, map, default: otherwise ?? rule.default };
}

/** Where a slot of a rule sends a request (`*`: the single department, or the default). */
export function slotTarget(rule: RoutingRule, slot: string): string {
  if (rule.kind === 'department') return rule.department;
  return (slot !== OTHERWISE && rule.map[slot]) || rule.default;
}

/** Every department a rule can send a request to. */
export function ruleTargets(rule: RoutingRule): string[] {
  return rule.kind === 'department' ? [rule.department] : [...new Set([...Object.values(rule.map), rule.default])];
}

/**
 * Checks an override an administrator sent for a service. An empty value means "as in the
 * catalogue" and is dropped; every other value must be a department that takes requests.
 * Problems name the slot as `route.<slot>`.
 */
export function checkRoutingOverride(
  service: FormService,
  input: unknown,
  takesRequests: (department: string) => boolean,
): { override: Record<string, string>; problems: FieldError[] } {
  const override: Record<string, string> = {};
  const problems: FieldError[] = [];
  if (!input || typeof input !== 'object' || Array.isArray(input)) return { override, problems: [{ field: 'route', code: 'invalid' }] };
  const slots = new Set(routingSlots(service));
  for (const [slot, value] of Object.entries(input as Record<string, unknown>)) {
    if (!slots.has(slot)) problems.push({ field: `route.${slot}`, code: 'unknownSlot' });
    else if (value === '' || value === null || value === undefined) continue;
    else if (typeof value !== 'string' || !takesRequests(value)) problems.push({ field: `route.${slot}`, code: 'invalid' });
    else override[slot] = value;
  }
  return { override, problems };
}
