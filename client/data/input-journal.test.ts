import { describe, expect, it } from 'vitest';
import { INPUT_JOURNAL_KEY, clearJournal, journalAnswers, readJournal, settleJournal } from './input-journal';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    map,
  };
}

describe('input journal', () => {
  it('keeps a keystroke until the database has it', () => {
    const store = memoryStorage();
    journalAnswers('r1', { houseNumber: '7' }, store);
    expect(readJournal(store)).toEqual({ r1: { houseNumber: '7' } });
    settleJournal('r1', { houseNumber: '7' }, store);
    expect(store.map.has(INPUT_JOURNAL_KEY)).toBe(false);
  });

  it('does not drop a value typed over while the older one was being saved', () => {
    const store = memoryStorage();
    journalAnswers('r1', { houseNumber: '7' }, store);
    journalAnswers('r1', { houseNumber: '7a' }, store);
    settleJournal('r1', { houseNumber: '7' }, store);
    expect(readJournal(store)).toEqual({ r1: { houseNumber: '7a' } });
  });

  it('remembers a cleared answer as cleared, and forgets everything on clear', () => {
    const store = memoryStorage();
    journalAnswers('r1', { phone: undefined, pickupDate: { day: '1', month: '2', year: '2027' } }, store);
    expect(readJournal(store).r1).toEqual({ phone: null, pickupDate: { day: '1', month: '2', year: '2027' } });
    clearJournal(store);
    expect(readJournal(store)).toEqual({});
  });
});
