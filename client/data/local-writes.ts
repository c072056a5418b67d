import { signal } from '@preact/signals';
import { createWriteQueue, type WriteQueue } from './write-queue';

const queue = createWriteQueue();

/**
 * Set when a local write failed (storage full or blocked, an answer longer than the schema
 * allows): the page says so instead of pretending the input was kept. Cleared by the next
 * write that succeeds.
 */
export const localWriteFailed = signal(false);

/** The one queue every local write of request data goes through (see write-queue.ts). */
export const localWrites: WriteQueue = {
  enqueue(key, run) {
    const done = queue.enqueue(key, run).then(
      () => void (localWriteFailed.value = false),
      (error: unknown) => {
        console.error('Local write failed', error);
        localWriteFailed.value = true;
        throw error;
      },
    );
    // Callers that fire and forget (keystrokes) must not cause unhandled rejections.
    done.catch(() => undefined);
    return done;
  },
  flush: () => queue.flush(),
  get size() {
    return queue.size;
  },
};

/**
 * Resolves once everything typed so far is stored on the device. Called before an app update
 * reloads the page and before logout, so no keystroke is lost to either.
 */
export function flushWrites(): Promise<void> {
  return localWrites.flush();
}
