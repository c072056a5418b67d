import { describe, expect, it } from 'vitest';
import { checkRoutingOverride, effectiveRule, findService, OTHERWISE, routeDepartment, routingSlots, ruleTargets, slotTarget, type FormService } from '.';
import { allStreets } from '../places/streets';
import { checkStaffPlacement } from '../staff/roles';
import { checkDepartmentId, checkDepartmentNames } from './departments';

const mm = findService('maengelmelder')!;
const sperrmuell = findService('sperrmuellkarte')!;
const base = { locateBy: 'adresse', street: 'Steinstraße', description: 'x', wantsFeedback: 'nein' };

const byDistrict: FormService = {
  ...sperrmuell,
  routing: { kind: 'byDistrict', streetField: 'street', map: { stockum: 'ordnung' }, default: 'abfall' },
};

describe('routing overrides over catalogue rules', () => {
  it('change nothing when there is no override', () => {
    expect(effectiveRule(mm.routing, undefined)).toBe(mm.routing);
    expect(routeDepartment(mm, { ...base, category: 'muell' })).toBe('abfall');
  });

  it('send one answer elsewhere and leave the other answers as the catalogue has them', () => {
    const override = { muell: 'gruen' };
    expect(routeDepartment(mm, { ...base, category: 'muell' }, override)).toBe('gruen');
    expect(routeDepartment(mm, { ...base, category: 'schlagloch' }, override)).toBe('tiefbau');
    expect(routeDepartment(mm, { ...base, category: 'sonstiges' }, override)).toBe('zentrale');
  });

  it('move the default: answers the map does not name follow it, named ones stay', () => {
    const rule = effectiveRule(mm.routing, { [OTHERWISE]: 'ordnung' });
    expect(slotTarget(rule, 'sonstiges')).toBe('ordnung');
    expect(slotTarget(rule, 'graffiti')).toBe('ordnung');
    expect(slotTarget(rule, 'schlagloch')).toBe('tiefbau');
  });

  it('replace the single department of a plain rule', () => {
    expect(routeDepartment(sperrmuell, {}, { [OTHERWISE]: 'buergerbuero' })).toBe('buergerbuero');
    expect(ruleTargets(effectiveRule(sperrmuell.routing, { [OTHERWISE]: 'buergerbuero' }))).toEqual(['buergerbuero']);
  });

  it('route by the district of the street, overridden per district', () => {
    expect(routeDepartment(byDistrict, { street: 'Steinstraße' })).toBe('abfall');
    const stockumStreet = allStreets().find((s) => s.district === 'stockum')!.name;
    expect(routeDepartment(byDistrict, { street: stockumStreet })).toBe('ordnung');
    expect(routeDepartment(byDistrict, { street: stockumStreet }, { stockum: 'gruen' })).toBe('gruen');
    expect(routeDepartment(byDistrict, { street: 'Steinstraße' }, { mitte: 'planung' })).toBe('planung');
    expect(routingSlots(byDistrict)).toContain('stockum');
  });

  it('fall back to the catalogue when the override names a department that takes no requests', () => {
    const takes = (d: string) => d !== 'gruen';
    expect(routeDepartment(mm, { ...base, category: 'muell' }, { muell: 'gruen' }, takes)).toBe('abfall');
  });

  it('offer every answer of the deciding question as a slot, and "otherwise" last', () => {
    expect(routingSlots(mm)).toEqual(['schlagloch', 'strassenlaterne', 'muell', 'graffiti', 'schild', 'sonstiges', OTHERWISE]);
    expect(routingSlots(sperrmuell)).toEqual([OTHERWISE]);
  });

  it('check an override: unknown slots and departments are named, empty values dropped', () => {
    const active = (d: string) => ['gruen', 'ordnung'].includes(d);
    expect(checkRoutingOverride(mm, { muell: 'gruen', graffiti: '' }, active)).toEqual({ override: { muell: 'gruen' }, problems: [] });
    expect(checkRoutingOverride(mm, { muell: 'nirgendwo', hund: 'gruen' }, active).problems).toEqual([
      { field: 'route.muell', code: 'invalid' },
      { field: 'route.hund', code: 'unknownSlot' },
    ]);
    expect(checkRoutingOverride(mm, ['gruen'], active).problems).toEqual([{ field: 'route', code: 'invalid' }]);
  });
});

describe('department and staff input', () => {
  it('takes a lowercase slug as department id', () => {
    expect(checkDepartmentId('klimaschutz')).toEqual([]);
    expect(checkDepartmentId('jugend-und-sport')).toEqual([]);
    for (const bad of ['Klima', 'a', '-x', 'x-', 'x--y', 'ümlaut', '_admin', 'x y']) expect(checkDepartmentId(bad), bad).toEqual([{ field: 'id', code: 'format' }]);
    expect(checkDepartmentId('')).toEqual([{ field: 'id', code: 'required' }]);
  });

  it('wants a name in German, English and Leichte Sprache', () => {
    expect(checkDepartmentNames({ de: 'Klimaschutz', en: 'Climate', 'de-x-easy': 'Klima-Schutz' })).toEqual([]);
    expect(checkDepartmentNames({ de: ' ', en: 'x'.repeat(121) })).toEqual([
      { field: 'names.de', code: 'required' },
      { field: 'names.en', code: 'tooLong' },
      { field: 'names.de-x-easy', code: 'required' },
    ]);
  });

  it('places clerks and leads in a department, and nobody else', () => {
    expect(checkStaffPlacement('clerk', 'abfall')).toEqual([]);
    expect(checkStaffPlacement('admin', undefined)).toEqual([]);
    expect(checkStaffPlacement('lead', '')).toEqual([{ field: 'department', code: 'required' }]);
    expect(checkStaffPlacement('treasury', 'abfall')).toEqual([{ field: 'department', code: 'notForRole' }]);
    expect(checkStaffPlacement('citizen', undefined)).toEqual([{ field: 'role', code: 'invalid' }]);
    expect(checkStaffPlacement(undefined, undefined)).toEqual([{ field: 'role', code: 'required' }]);
  });
});
