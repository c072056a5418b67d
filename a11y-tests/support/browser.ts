import { chromium, type BrowserContext } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config';

/** A browser with a profile on disk: closing and relaunching it is like restarting the device. */
export async function launchDevice(userDataDir: string, baseURL: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    baseURL,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
  });
}
