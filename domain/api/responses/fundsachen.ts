import type { FromSchema } from 'json-schema-to-ts';
import { REQUEST_STATUSES } from '../../lifecycle/request-status';
import { FUND_CATEGORY } from '../fields';
import { object } from '../endpoint';

const TEXT = { type: 'string' } as const;
const DATE_PARTS = object({ day: TEXT, month: TEXT, year: TEXT }, ['day', 'month', 'year']);

/** `GET /api/fundsachen`: only the allow-listed public fields (PUBLIC_FOUND_ITEM_FIELDS), with the time of the list ("Stand"). */
export const PUBLIC_FOUND_ITEMS = object(
  {
    items: { type: 'array', items: object({ number: TEXT, category: FUND_CATEGORY, description: TEXT, place: TEXT, foundOn: TEXT }, ['number', 'category', 'description', 'place', 'foundOn']) },
    asOf: TEXT,
  },
  ['items', 'asOf'],
);
export type PublicFoundItems = FromSchema<typeof PUBLIC_FOUND_ITEMS>;

/** A found item as the Fundbüro's clerks see it (domain/fundsachen's FoundItem without who entered it). */
const ITEM_FIELDS = {
  id: TEXT,
  number: TEXT,
  category: FUND_CATEGORY,
  description: TEXT,
  place: TEXT,
  foundOn: TEXT,
  storageNumber: TEXT,
  status: { type: 'string', enum: ['available', 'returned'] },
  createdAt: TEXT,
  returnedAt: TEXT,
  returnedWith: TEXT,
} as const;
const ITEM_REQUIRED = ['id', 'number', 'category', 'description', 'place', 'foundOn', 'storageNumber', 'status', 'createdAt'] as const;

/** A claim (Anspruch) routed to the Fundbüro, with the item number the citizen quoted. */
const CLAIM = object({ id: TEXT, reference: TEXT, status: { type: 'string', enum: REQUEST_STATUSES }, itemNumber: TEXT }, ['id', 'status', 'itemNumber']);
export type ClaimSummary = FromSchema<typeof CLAIM>;

/** `GET /api/fundsachen/verwaltung`. */
export const CLERK_OVERVIEW = object(
  {
    items: { type: 'array', items: object({ ...ITEM_FIELDS, claims: { type: 'array', items: CLAIM } }, [...ITEM_REQUIRED, 'claims']) },
    /** Claims whose number names no item (mistyped): the clerk must still see them. */
    unmatchedClaims: { type: 'array', items: CLAIM },
  },
  ['items', 'unmatchedClaims'],
);
export type ClerkOverview = FromSchema<typeof CLERK_OVERVIEW>;
export type ClerkFoundItem = ClerkOverview['items'][number];

/** A lost-item report (Verlustmeldung) that may match a found item. */
const LOST_REPORT = object({ id: TEXT, reference: TEXT, description: TEXT, where: TEXT, when: DATE_PARTS, receivedAt: TEXT }, ['id', 'description', 'where']);
export type LostReportMatch = FromSchema<typeof LOST_REPORT>;

/** `GET /api/fundsachen/verlustmeldungen`. */
export const LOST_REPORTS = object({ reports: { type: 'array', items: LOST_REPORT } }, ['reports']);
export type LostReports = FromSchema<typeof LOST_REPORTS>;

/** `POST /api/fundsachen`: the new item (with who entered it) and the reports that may match. */
export const CREATED_FOUND_ITEM = object({ item: object({ ...ITEM_FIELDS, createdBy: TEXT }, [...ITEM_REQUIRED, 'createdBy']), matches: { type: 'array', items: LOST_REPORT } }, ['item', 'matches']);
export type CreatedFoundItem = FromSchema<typeof CREATED_FOUND_ITEM>;
