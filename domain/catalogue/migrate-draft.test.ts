import { describe, expect, it } from 'vitest';
import type { RequestDoc } from '../request/request-document';
import { validateAnswers } from '../validation/validate-answers';
import { SPERRMUELLKARTE_V2 } from './index';
import { canMigrate, migrateDraft, sperrmuellV1toV2 } from './migrate-draft';

// Wednesday 25 November 2026 in Werne.
const NOW = new Date('2026-11-25T09:00:00Z');

const v1Draft = (pickupDate: RequestDoc['answers'][string], status: RequestDoc['status'] = 'draft'): RequestDoc => ({
  id: '6f1c0a52-3c5e-4d55-9a55-0d1f2e3a4b5c',
  serviceId: 'sperrmuellkarte',
  catalogueVersion: 1,
  answers: { items: ['moebel'], volume: '2,5', street: 'Bonenstraße', houseNumber: '12', postcode: '59368', pickupDate },
  status,
  createdAt: NOW.toISOString(),
  updatedAt: NOW.toISOString(),
  history: [],
});

describe('Sperrmüllkarte draft migration 1 → 2', () => {
  it('turns a pickup date into the pickup slot of that day, and the draft validates on version 2', () => {
    const migrated = migrateDraft(v1Draft({ day: '2', month: 'Dezember', year: '2026' }), 2, NOW)!;
    expect(migrated.catalogueVersion).toBe(2);
    expect(migrated.answers.pickupSlot).toBe('2026-12-02');
    expect(migrated.answers).not.toHaveProperty('pickupDate');
    expect(validateAnswers(SPERRMUELLKARTE_V2, migrated.answers, NOW)).toEqual([]);
  });

  it('leaves the slot empty when the date is no pickup day or no date at all', () => {
    // Christmas Day, a Saturday, too soon, half typed.
    for (const date of [
      { day: '25', month: '12', year: '2026' },
      { day: '5', month: '12', year: '2026' },
      { day: '26', month: '11', year: '2026' },
      { day: '3', month: '', year: '' },
    ]) {
      const answers = sperrmuellV1toV2(v1Draft(date).answers, NOW);
      expect(answers).not.toHaveProperty('pickupSlot');
      expect(answers).not.toHaveProperty('pickupDate');
      expect(answers.volume).toBe('2,5');
    }
    const missing = migrateDraft(v1Draft(undefined), 2, NOW)!;
    expect(validateAnswers(SPERRMUELLKARTE_V2, missing.answers, NOW)).toEqual([{ field: 'pickupSlot', code: 'required' }]);
  });

  it('never touches a request already sent, nor one already on version 2', () => {
    expect(migrateDraft(v1Draft({ day: '2', month: '12', year: '2026' }, 'submitted'), 2, NOW)).toBeUndefined();
    expect(migrateDraft({ ...v1Draft(undefined), catalogueVersion: 2 }, 2, NOW)).toBeUndefined();
    expect(canMigrate('sperrmuellkarte', 1, 2)).toBe(true);
    expect(canMigrate('sperrmuellkarte', 1, 3)).toBe(false);
    expect(canMigrate('termin-buergerbuero', 1, 2)).toBe(false);
  });
});
