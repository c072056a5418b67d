/**
 * After a client-side navigation, focus goes to the new page's h1 (tabindex=-1): otherwise screen
 * readers stay silent and keyboard users keep tabbing from the old link's position. On the first
 * load the browser starts at the top anyway, so nothing is moved then.
 *
 * Some pages draw their heading only once their data is there (a form page needs the request),
 * so a navigation leaves a short-lived wish that the next heading to appear fulfils.
 */
let wantedUntil = 0;
const WISH_MS = 3000;

function claim(heading: HTMLElement): void {
  wantedUntil = 0;
  heading.focus();
}

export function focusHeadingAfterNavigation(): void {
  wantedUntil = Date.now() + WISH_MS;
  requestAnimationFrame(() => {
    const heading = document.querySelector<HTMLElement>('main h1');
    if (heading && Date.now() < wantedUntil) claim(heading);
  });
}

/** `ref` for headings that may appear after the navigation finished. */
export function headingRef(heading: HTMLElement | null): void {
  if (heading && Date.now() < wantedUntil) claim(heading);
}
