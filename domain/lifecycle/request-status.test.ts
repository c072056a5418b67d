import { describe, expect, it } from 'vitest';
import { canTransition, isRouted } from './request-status';

describe('request lifecycle', () => {
  it('lets a citizen submit a draft and withdraw before completion, nothing else', () => {
    expect(canTransition('citizen', 'draft', 'submitted')).toBe(true);
    expect(canTransition('citizen', 'in_progress', 'withdrawn')).toBe(true);
    expect(canTransition('citizen', 'submitted', 'received')).toBe(false);
    expect(canTransition('citizen', 'completed', 'withdrawn')).toBe(false);
    expect(canTransition('citizen', 'draft', 'completed')).toBe(false);
  });

  it('lets a clerk work only on routed requests', () => {
    expect(canTransition('clerk', 'received', 'in_progress')).toBe(true);
    expect(canTransition('clerk', 'in_progress', 'completed')).toBe(true);
    expect(canTransition('clerk', 'draft', 'in_progress')).toBe(false);
    expect(canTransition('clerk', 'completed', 'in_progress')).toBe(false);
    expect(canTransition('clerk', 'withdrawn', 'completed')).toBe(false);
  });

  it('knows which statuses carry a reference number', () => {
    expect(isRouted('received')).toBe(true);
    expect(isRouted('submitted')).toBe(false);
    expect(isRouted('withdrawn')).toBe(false);
  });
});
