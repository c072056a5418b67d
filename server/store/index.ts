export { startEmbeddedStore, type EmbeddedStore } from './embedded-store';
export { openStore, waitForStore, getOrNull, isConflict, isNotFound, type Store } from './store-connection';
export { setupDatabases } from './setup-databases';
export { followChanges, type Change } from './follow-changes';
export { updateDocument, StoreBusyError } from './update-document';
