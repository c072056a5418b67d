import { EventEmitter } from 'node:events';

/**
 * The embedded store's supervisor says here when its child died (`down`) and when it is back
 * (`restarted`), for metrics and logs; nothing waits on these to work correctly.
 */
export const storeEvents = new EventEmitter();
