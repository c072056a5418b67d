import { signal } from '@preact/signals';

/**
 * A one-time message for the next page (e.g. "Sie haben sich abgemeldet."), shown once and
 * then forgotten. Only keys of locales, never personal data.
 */
export const flashMessage = signal<string | null>(null);

export function takeFlashMessage(): string | null {
  const key = flashMessage.value;
  if (key) flashMessage.value = null;
  return key;
}
