import { effect, signal } from '@preact/signals';
import { syncState, type SyncState } from '../data/sync-state';
import { useT } from '../i18n/i18n';
import { currentUser } from '../session/session';

/**
 * The state people hear, which lags the real one a little: while someone types, each keystroke
 * flips "saved on this device" → "all sent" within a second. Announcing that would talk over
 * their typing, so a state is shown once it held for a moment (and 'hidden' ↔ shown at once).
 */
const SETTLE_MS = 1200;
const shownState = signal<SyncState>(syncState.peek());
let settleTimer: ReturnType<typeof setTimeout> | undefined;

effect(() => {
  const next = syncState.value;
  clearTimeout(settleTimer);
  if (next === shownState.peek()) return;
  if (next === 'hidden' || shownState.peek() === 'hidden') {
    shownState.value = next;
    return;
  }
  settleTimer = setTimeout(() => (shownState.value = next), SETTLE_MS);
});

/**
 * A polite live region (role=status) that exists from the start — content added to a region
 * that appears together with it is often not announced — and whose text changes only when the
 * state does.
 */
export function SyncStatus() {
  const t = useT();
  const state = shownState.value;
  // A citizen's device shows a state once its database is open: until then the line keeps its
  // place (empty), so the page below does not move when it appears (issue 17).
  const starting = state === 'hidden' && currentUser.value?.role === 'citizen';
  return (
    <p class={`sync-status sync-status--${starting ? 'starting' : state}`} role="status">
      {state === 'hidden' ? (starting ? '\u00a0' : '') : t(`common:sync.${state}`)}
    </p>
  );
}
