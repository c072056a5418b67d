import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { setLanguage, textIn } from '../i18n/i18n';
import type { Language } from '../i18n/languages';
import { initAllTexts } from './all-texts';

/**
 * For tests that a message a form raised is reworded after a language switch (useSaid): renders
 * into a fresh element in German per test, with the steps such a test takes. Call once at the top
 * of a test file (it registers the hooks).
 */
export function followLanguage() {
  let root: HTMLElement;
  beforeAll(() => initAllTexts('de'));
  beforeEach(async () => {
    await setLanguage('de');
    root = document.body.appendChild(document.createElement('div'));
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });
  const settle = () => act(() => new Promise((r) => setTimeout(r, 20)));
  const text = () => root.textContent ?? '';
  const switchTo = async (lng: Language) => {
    await act(async () => void (await setLanguage(lng)));
    await settle();
  };
  /** The text of `key` in German and in English, and that they differ (else the test proves nothing). */
  const both = (key: string, values?: Record<string, string>) => {
    const fill = (text: string | undefined) => Object.entries(values ?? {}).reduce((s, [k, v]) => s.replace(`{{${k}}}`, v), text ?? '');
    const [de, en] = [fill(textIn('de', key)), fill(textIn('en', key))];
    expect(de).not.toBe('');
    expect(en).not.toBe('');
    expect(en).not.toBe(de);
    return { de, en };
  };
  /**
   * The messages of `keys` are on screen in the other one of German and English; after switching
   * to `to` they are there in `to` and no longer in the other. Returns their texts.
   */
  const expectFollowsSwitch = async (keys: string | readonly string[], to: 'de' | 'en', values?: Record<string, string>) => {
    const from = to === 'en' ? 'de' : 'en';
    const texts = (typeof keys === 'string' ? [keys] : keys).map((key) => both(key, values));
    for (const said of texts) expect(text()).toContain(said[from]);
    await switchTo(to);
    for (const said of texts) {
      expect(text()).toContain(said[to]);
      expect(text()).not.toContain(said[from]);
    }
    return texts;
  };
  return {
    root: () => root,
    show: (ui: ComponentChild) => act(() => render(ui, root)),
    settle,
    submit: async (selector: string) => {
      await act(() => void root.querySelector<HTMLFormElement>(selector)!.requestSubmit());
      await settle();
    },
    type: (id: string, value: string) =>
      act(() => {
        const field = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`)!;
        field.value = value;
        field.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    switchTo,
    both,
    expectFollowsSwitch,
    text,
  };
}
