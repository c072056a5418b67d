/** The result of walking an audit chain from its start: what the server found, what the pages show. */
export interface ChainCheck {
  ok: boolean;
  entries: number;
  /** Sequence number of the first entry that doesn't fit the chain. */
  brokenAt?: number;
  /** Decisions stored with their requests that have no entry in the trail. */
  missing?: number;
}
