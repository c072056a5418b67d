/**
 * Lets the browser run what is waiting (input, a paint) before the next step of the app's start.
 * Each step of a start is a task of its own then: a phone ~4× slower than this machine turned the
 * app's evaluation plus its start, and a page's chunk plus its hydration, into single tasks of
 * 100–400 ms, each blocking a tap for as long (Lighthouse's Total Blocking Time, 30 % of its score).
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
