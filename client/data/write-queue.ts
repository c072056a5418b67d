/**
 * Runs local writes one after another, in the order the citizen made them, and lets callers wait
 * until all of them are stored (`flush`) — before an app update reloads the page, before logout.
 *
 * Writes with the same key that are still waiting collapse into the latest one: a fast typist's
 * keystrokes in one field become one write of the final text, never a lost one.
 */
export interface WriteQueue {
  enqueue(key: string | undefined, run: () => Promise<void>): Promise<void>;
  flush(): Promise<void>;
  readonly size: number;
}

interface Slot {
  run: () => Promise<void>;
  done: Promise<void>;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export function createWriteQueue(): WriteQueue {
  let tail: Promise<void> = Promise.resolve();
  const waitingByKey = new Map<string, Slot>();
  let size = 0;

  function enqueue(key: string | undefined, run: () => Promise<void>): Promise<void> {
    const waiting = key === undefined ? undefined : waitingByKey.get(key);
    if (waiting) {
      waiting.run = run;
      return waiting.done;
    }
    let resolve!: () => void;
    let reject!: (error: unknown) => void;
    const done = new Promise<void>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    const slot: Slot = { run, done, resolve, reject };
    if (key !== undefined) waitingByKey.set(key, slot);
    size++;
    tail = tail.then(async () => {
      // From here on the slot runs; later writes with this key queue behind it.
      if (key !== undefined && waitingByKey.get(key) === slot) waitingByKey.delete(key);
      try {
        await slot.run();
        slot.resolve();
      } catch (error) {
        slot.reject(error);
      } finally {
        size--;
      }
    });
    return done;
  }

  return {
    enqueue,
    flush: () => tail,
    get size() {
      return size;
    },
  };
}
