/**
 * After a client-side navigation, focus goes to the new page's h1 (tabindex=-1): otherwise screen
 * readers stay silent and keyboard users keep tabbing from the old link's position. On the first
 * load the browser starts at the top anyway, so nothing is moved then.
 *
 * Some pages draw their heading only once their data is there (a form page needs the request),
 * so a navigation leaves a short-lived wish that the next heading to appear fulfils.
 *
 * Some draw a heading while loading and a new one once loaded (an admin form whose heading gets
 * a caption), or load slowly on a busy device: the focused h1 is then replaced, or appears after
 * the wish ran out, and focus is left on <body> (found by the a11y matrix). For a while after
 * the navigation, a heading that appears while focus is nowhere else takes it.
 */
let wantedUntil = 0;
let handOverUntil = 0;
const WISH_MS = 3000;
const HAND_OVER_MS = 15_000;

function claim(heading: HTMLElement): void {
  wantedUntil = 0;
  heading.focus();
}

const focusIsNowhere = () => document.activeElement === null || document.activeElement === document.body;

export function focusHeadingAfterNavigation(): void {
  wantedUntil = Date.now() + WISH_MS;
  handOverUntil = Date.now() + HAND_OVER_MS;
  requestAnimationFrame(() => {
    const heading = document.querySelector<HTMLElement>('main h1');
    if (heading && Date.now() < wantedUntil) claim(heading);
  });
}

/** `ref` for headings that may appear after the navigation finished. */
export function headingRef(heading: HTMLElement | null): void {
  if (!heading) return;
  if (Date.now() < wantedUntil) {
    claim(heading);
    return;
  }
  if (Date.now() >= handOverUntil) return;
  // After this render has finished: by then a replaced heading has left the document.
  queueMicrotask(() => {
    if (heading.isConnected && focusIsNowhere()) claim(heading);
  });
}
