/**
 * Name of a user's RxDB database. One database per user, so logging out can delete exactly that
 * person's data, and two people sharing a device never see each other's drafts.
 * RxDB (like CouchDB) allows only `^[a-z][_a-zA-Z0-9-]*$` and no `$`: ids that are already
 * lowercase UUID-like stay readable, anything else is hex-encoded so distinct ids stay distinct.
 */
export function databaseNameFor(userId: string): string {
  if (/^[a-z0-9-]{1,64}$/.test(userId)) return `bp-user-${userId}`;
  const hex = Array.from(new TextEncoder().encode(userId), (b) => b.toString(16).padStart(2, '0')).join('');
  return `bp-userx-${hex}`;
}
