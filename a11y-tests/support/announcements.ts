import type { Page } from '@playwright/test';

/** One change of a live region's text, as assistive technology would announce it. */
export interface Announcement {
  region: string;
  text: string;
}

/**
 * A MutationObserver injected before the app starts records every change of a live region's
 * text (role status/alert or aria-live), so a test can count what a screen reader would say.
 */
export async function recordAnnouncements(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const heard: { region: string; text: string }[] = [];
    const last = new WeakMap<Element, string>();
    (window as unknown as { __announcements: typeof heard }).__announcements = heard;
    const regions = () => document.querySelectorAll('[role="status"], [role="alert"], [aria-live]:not([aria-live="off"])');
    const listen = () => {
      new MutationObserver(() => {
        for (const region of regions()) {
          // A region inside another is announced as part of the outer one.
          if (region.parentElement?.closest('[role="status"], [role="alert"], [aria-live]')) continue;
          const text = (region.textContent ?? '').replace(/\s+/g, ' ').trim();
          if (text === (last.get(region) ?? '')) continue;
          last.set(region, text);
          if (text) heard.push({ region: region.getAttribute('role') ?? `live-${region.getAttribute('aria-live')}`, text });
        }
      }).observe(document.documentElement, { subtree: true, childList: true, characterData: true });
    };
    if (document.documentElement) listen();
    else document.addEventListener('readystatechange', listen, { once: true });
  });
}

export const heard = (page: Page): Promise<Announcement[]> =>
  page.evaluate(() => (window as unknown as { __announcements: Announcement[] }).__announcements);
