import { districtOf } from '../places/streets';
import type { Answers, FormService } from './service-definition';

/** The department a request goes to, from the service's routing rule and the answers. */
export function routeDepartment(service: FormService, answers: Answers): string {
  const rule = service.routing;
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
