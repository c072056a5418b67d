import { describe, expect, it } from 'vitest';
import { createWriteQueue } from './write-queue';

const tick = () => new Promise((r) => setTimeout(r, 1));

describe('write queue', () => {
  it('runs writes in order and flush waits for all of them', async () => {
    const q = createWriteQueue();
    const log: string[] = [];
    void q.enqueue(undefined, async () => {
      await tick();
      log.push('a');
    });
    void q.enqueue(undefined, async () => {
      log.push('b');
    });
    await q.flush();
    expect(log).toEqual(['a', 'b']);
    expect(q.size).toBe(0);
  });

  it('collapses waiting writes with the same key into the latest one', async () => {
    const q = createWriteQueue();
    const log: string[] = [];
    const slow = q.enqueue('x', async () => {
      await tick();
      log.push('x1');
    });
    await Promise.resolve(); // x1 starts
    const p2 = q.enqueue('x', async () => void log.push('x2'));
    const p3 = q.enqueue('x', async () => void log.push('x3'));
    await Promise.all([slow, p2, p3]);
    // x1 started at once; x2 was waiting and got replaced by x3.
    expect(log).toEqual(['x1', 'x3']);
  });

  it('keeps going after a failed write and reports the failure to its caller', async () => {
    const q = createWriteQueue();
    const log: string[] = [];
    const failing = q.enqueue(undefined, async () => {
      throw new Error('disk full');
    });
    void q.enqueue(undefined, async () => void log.push('after'));
    await expect(failing).rejects.toThrow('disk full');
    await q.flush();
    expect(log).toEqual(['after']);
  });
});
