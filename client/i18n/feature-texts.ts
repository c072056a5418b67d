import { signal } from '@preact/signals';
import { addTexts } from './i18n';

/** True once every namespace beyond the core ones is loaded (see resources.ts). */
export const featureTextsLoaded = signal(false);

const RETRY_MS = 3000;

/**
 * Loads the lazy text chunk. Started at once on boot, in parallel with the first paint; the
 * service worker precaches the chunk, so offline it comes from the device.
 */
export async function loadFeatureTexts(): Promise<void> {
  try {
    const { featureResources } = await import(/* webpackChunkName: "texts" */ './feature-resources');
    for (const { language, namespace, texts } of featureResources()) addTexts(language, namespace, texts);
    featureTextsLoaded.value = true;
  } catch {
    // Only possible on a first visit that lost its connection before the chunk arrived.
    setTimeout(() => void loadFeatureTexts(), RETRY_MS);
  }
}
