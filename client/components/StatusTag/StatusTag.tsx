import { useT } from '../../i18n/i18n';
import type { DisplayState } from './display-state';

const COLOURS: Record<DisplayState, string> = {
  draft: 'grey',
  returned: 'red',
  notSent: 'red',
  pendingSend: 'yellow',
  sent: 'blue',
  received: 'blue',
  in_progress: 'purple',
  needs_info: 'orange',
  completed: 'green',
  rejected: 'red',
  withdrawn: 'grey',
  submitted: 'blue',
};

/** A request's state as a coloured tag; the word carries the meaning, the colour only helps. */
export function StatusTag({ state }: { state: DisplayState }) {
  const t = useT();
  return <strong class={`tag tag--${COLOURS[state]}`}>{t(`common:statuses.${state}`)}</strong>;
}
