export { startConflictResolver, resolveDocument, type ConflictResolver, type ResolverStats } from './conflict-resolver';
export { mergeLeaves } from './merge-by-kind';
export { mergeRequestLeaves } from './merge-request';
export { settleReference } from './settle-references';
