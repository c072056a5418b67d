import { describe, expect, it } from 'vitest';
import { displayState } from './display-state';

describe('displayState', () => {
  it('tells drafts from returned drafts', () => {
    expect(displayState({ status: 'draft' }, true)).toBe('draft');
    expect(displayState({ status: 'draft', problems: [{ field: 'volume', code: 'range' }] }, false)).toBe('returned');
  });

  it('tells a submission still on the device from one the server has', () => {
    expect(displayState({ status: 'submitted' }, true)).toBe('pendingSend');
    expect(displayState({ status: 'submitted' }, false)).toBe('sent');
  });

  it('shows routed statuses as they are', () => {
    expect(displayState({ status: 'rejected' }, false)).toBe('rejected');
    expect(displayState({ status: 'in_progress' }, true)).toBe('in_progress');
  });
});
