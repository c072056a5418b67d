/**
 * The `updatedAt` for a new local write: now, but always strictly later than the previous value.
 * Two keystrokes in the same millisecond must still get different timestamps, because the
 * pending-push tracker decides "this state reached the server" by comparing them.
 */
export function nextUpdatedAt(previous: string | undefined, now: Date = new Date()): string {
  const last = previous ? Date.parse(previous) : NaN;
  const at = Number.isNaN(last) || now.getTime() > last ? now.getTime() : last + 1;
  return new Date(at).toISOString();
}
