import { FUND_CATEGORIES } from '../fundsachen/categories';
import { PROFILE_LANGUAGES } from '../profile/profile';
import { STAFF_ROLES } from '../staff/roles';

/**
 * Schema pieces the contract reuses. Lengths are the outer bound a field can ever have; the
 * domain rules (account, profile, department, found item, …) word the finer problems per field.
 */
export const UUID = { type: 'string', pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' } as const;
/** Document ids as the stores keep them (request ids are device UUIDs, staff ids UUIDs, lines …). */
export const DOC_ID = { type: 'string', minLength: 1, maxLength: 200 } as const;
export const SLUG = { type: 'string', minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9][A-Za-z0-9_.:-]*$' } as const;
export const SHORT_TEXT = { type: 'string', maxLength: 200 } as const;
export const LONG_TEXT = { type: 'string', maxLength: 4000 } as const;
export const DIGITS = { type: 'string', pattern: '^\\d{1,9}$' } as const;
export const STAFF_ROLE = { type: 'string', enum: [...STAFF_ROLES, ''] } as const;
export const FUND_CATEGORY = { type: 'string', enum: FUND_CATEGORIES } as const;
export const PROFILE_LANGUAGE = { type: 'string', enum: [...PROFILE_LANGUAGES, ''] } as const;
/** Opaque, any length up to a sanity cap: checked (and worded as `invalid_checkpoint`) by the sync's checkpoint rule. */
export const CHECKPOINT = {} as const;
export const BATCH_SIZE = { type: 'integer', minimum: 1, maximum: 1000 } as const;
/** A document as the device sends it: checked field by field by the sync's own schema and lifecycle rules. */
export const DEVICE_DOC = { type: 'object' } as const;
