import { describe, expect, it } from 'vitest';
import { deriveSyncState } from './sync-state';

describe('deriveSyncState', () => {
  const base = { active: true, pending: 0, online: true, reachable: true };

  it('says everything is sent when nothing is pending, even offline', () => {
    expect(deriveSyncState(base)).toBe('allSent');
    expect(deriveSyncState({ ...base, online: false })).toBe('allSent');
  });

  it('says "saved on this device" while changes wait for the next push', () => {
    expect(deriveSyncState({ ...base, pending: 2 })).toBe('savedLocally');
  });

  it('says "waiting for a connection" when offline or the server is unreachable', () => {
    expect(deriveSyncState({ ...base, pending: 1, online: false })).toBe('waiting');
    expect(deriveSyncState({ ...base, pending: 1, reachable: false })).toBe('waiting');
  });

  it('shows nothing without an active citizen database', () => {
    expect(deriveSyncState({ ...base, active: false, pending: 3 })).toBe('hidden');
  });
});
