import { currentUser } from './session';

/**
 * How long the first render of a page the server could not prerender waits for the session's
 * answer: several slow round trips (the page's texts and chunks come meanwhile), yet a session
 * check that hangs alone never keeps the page blank for long (it then renders as before).
 */
export const SESSION_WAIT_MS = 6000;

/**
 * A page that arrives empty (a question, "Meine Anträge": not prerendered) on a device that
 * remembers nobody — a fresh browser with a session cookie — waits for the server to say who is
 * signed in before its first render. Else it would paint an anonymous header and a "loading"
 * line, then grow a signed-in header and the form, pushing everything below (issue 17's CLS on a
 * signed-in question page). A prerendered page or a remembered user never waits.
 */
export function sessionBeforeFirstRender(root: HTMLElement, session: Promise<void>): Promise<void> {
  if (root.firstElementChild !== null || currentUser.value) return Promise.resolve();
  return Promise.race([session, new Promise<void>((resolve) => setTimeout(resolve, SESSION_WAIT_MS))]);
}
