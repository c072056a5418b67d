import { useState } from 'preact/hooks';
import type { SaidProblems } from '../../api/api-error-text';
import { describeAdminFailure } from './admin-feedback';

/**
 * Sends an admin form's change, one at a time: while it is under way `busy` disables the
 * buttons and a second click is ignored, so nothing is created twice. A refusal goes to the
 * form's errors (summary and fields), after `failed` has done what the page needs first.
 */
export function useAdminCall(errors: { show(problems: SaidProblems): void }) {
  const [busy, setBusy] = useState(false);
  async function call<T>(work: () => Promise<T>, done: (result: T) => void, failed?: (error: unknown) => void | Promise<void>) {
    if (busy) return;
    setBusy(true);
    try {
      done(await work());
    } catch (error) {
      await failed?.(error);
      errors.show((t) => describeAdminFailure(t, error));
    } finally {
      setBusy(false);
    }
  }
  return { busy, call };
}
