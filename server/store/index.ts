export { startEmbeddedStore, type EmbeddedStore } from './embedded-store';
export { DATABASE_KINDS, openStore, waitForStore, getOrNull, isConflict, isNotFound, type DatabaseKind, type Store } from './store-connection';
export { setupDatabases } from './setup-databases';
export { followChanges, type Change } from './follow-changes';
export { updateDocument, StoreBusyError } from './update-document';
