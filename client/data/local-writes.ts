import { createWriteQueue } from './write-queue';

/** The one queue every local write of request data goes through (see write-queue.ts). */
export const localWrites = createWriteQueue();

/**
 * Resolves once everything typed so far is stored on the device. Called before an app update
 * reloads the page and before logout, so no keystroke is lost to either.
 */
export function flushWrites(): Promise<void> {
  return localWrites.flush();
}
