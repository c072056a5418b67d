import { useCallback, useState } from 'preact/hooks';
import { useT, type Translate } from './i18n';

/** How to say something of kind T (a sentence, a list of problems, errors by field). */
export type Saying<T> = (t: Translate) => T;

/**
 * State for a message kept as how to say it (see `Said`): the first value is it worded in the
 * current language at each render, so it follows a language switch; the setter takes a saying
 * (or undefined to clear). One place for the wrapping a state setter needs, as it would take a
 * function for an updater.
 */
export function useSaid<T = string>(): [T | undefined, (saying: Saying<T> | undefined) => void] {
  const t = useT();
  const [saying, setSaying] = useState<Saying<T> | undefined>(undefined);
  const say = useCallback((next: Saying<T> | undefined) => setSaying(() => next), []);
  return [saying?.(t), say];
}
