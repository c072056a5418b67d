import type { RequestDoc } from '../request/request-document';

type Versioned = Partial<Pick<RequestDoc, 'updatedAt' | 'history'>>;

/**
 * Whether a request's state the device pulled is older than the state it holds — a pull the
 * server answered a moment before the device's latest push arrived there, delivered after that
 * push was confirmed. Taking it would turn the device back to the old answers (issue 17 runs: a
 * choice or a prefilled address missing on the check page), and the next answer typed on top of
 * it would send the old state on as the newest.
 *
 * `updatedAt` orders a request's states: every write of a citizen's is later than the state it
 * was made on (updated-at.ts), and the server's own moves (routing, a clerk) keep it but add a
 * line to the history. So a state with an earlier `updatedAt` and no more history is the older
 * one; a state with more history carries a server move the device must take (its answers, if
 * older, are kept aside by the server's merge).
 */
export function isOlderRequestState(pulled: Versioned, held: Versioned): boolean {
  if (typeof pulled.updatedAt !== 'string' || typeof held.updatedAt !== 'string') return false;
  if ((pulled.history?.length ?? 0) > (held.history?.length ?? 0)) return false;
  return pulled.updatedAt < held.updatedAt;
}
