import { REQUEST_STATUSES, type Actor, type RequestStatus } from '../lifecycle/request-status';
import type { Answers } from '../catalogue/service-definition';
import type { FieldError } from '../validation/validate-answers';
import { PAYMENT_METHODS, PAYMENT_SUMMARY_SCHEMA, type PaymentMethod, type PaymentSummary } from '../payments/payment-summary';

export interface HistoryEntry {
  at: string;
  status: RequestStatus;
  actor: Actor;
  /** Reason the citizen reads, e.g. why a request was rejected. */
  reason?: string;
  /** Department at the time of the entry. */
  department?: string;
}

/**
 * A citizen's request (Antrag) as it lives on the device and travels through sync.
 * Ids are UUIDs made on the device, so a request drafted offline keeps its identity everywhere.
 */
export interface RequestDoc {
  id: string;
  serviceId: string;
  catalogueVersion: number;
  answers: Answers;
  /** The form page the citizen was on, so reopening resumes there. */
  currentPage?: string;
  status: RequestStatus;
  createdAt: string;
  updatedAt: string;
  /** When the citizen pressed "send" (device clock; the server's time is in `history`). */
  submittedAt?: string;
  /**
   * Answers of this device that a newer server state overtook (e.g. the request was sent from
   * another device meanwhile): kept so the citizen can still copy them into a new draft.
   */
  keptAnswers?: Answers;
  /** How the citizen wants to pay a fee, chosen when sending (may change until paid). */
  paymentChoice?: PaymentMethod;
  // ——— owned by the server: a citizen's device can never change these ———
  serverRev?: string;
  reference?: string;
  department?: string;
  receivedAt?: string;
  history: HistoryEntry[];
  /** Why the routing worker handed a submission back. */
  problems?: FieldError[];
  /** Reason given with the latest clerk decision (e.g. rejection), or the question with needs_info. */
  statusReason?: string;
  /** Fee in euro cents, fixed by the server from the catalogue's fee rule at routing. */
  feeCents?: number;
  /** The slot the server confirmed (see `domain/slots`). */
  confirmedSlot?: string;
  /** When the wished slot was gone: the nearest free ones, offered with `needs_info`. */
  slotAlternatives?: string[];
  /** The fee's payment, set at routing when the fee is above zero (see `domain/payments`). */
  payment?: PaymentSummary;
}

/** Fields only the server writes. A push that changes one of them is refused. */
export const SERVER_OWNED_FIELDS = [
  'serverRev',
  'reference',
  'department',
  'receivedAt',
  'history',
  'problems',
  'statusReason',
  'feeCents',
  'confirmedSlot',
  'slotAlternatives',
  'payment',
] as const satisfies readonly (keyof RequestDoc)[];

const ISO_TIME = { type: 'string', maxLength: 40 } as const;
const SHORT = { type: 'string', maxLength: 64 } as const;

const ANSWERS_SCHEMA = {
  type: 'object',
  maxProperties: 50,
  additionalProperties: {
    anyOf: [
      { type: 'string', maxLength: 2000 },
      { type: 'array', maxItems: 50, items: { type: 'string', maxLength: 100 } },
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          day: { type: 'string', maxLength: 20 },
          month: { type: 'string', maxLength: 20 },
          year: { type: 'string', maxLength: 20 },
        },
      },
    ],
  },
} as const;

/**
 * JSON schema of a request: the RxDB collection schema on the device and, with `_deleted`
 * added and nothing else allowed, the server's check of every pushed document.
 */
export const REQUEST_SCHEMA = {
  title: 'request',
  version: 2,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 36, pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' },
    serviceId: SHORT,
    catalogueVersion: { type: 'integer', minimum: 1, maximum: 1000 },
    answers: ANSWERS_SCHEMA,
    currentPage: SHORT,
    status: { type: 'string', enum: [...REQUEST_STATUSES], maxLength: 20 },
    createdAt: ISO_TIME,
    updatedAt: ISO_TIME,
    submittedAt: ISO_TIME,
    keptAnswers: ANSWERS_SCHEMA,
    paymentChoice: { type: 'string', enum: [...PAYMENT_METHODS], maxLength: 10 },
    serverRev: SHORT,
    reference: SHORT,
    department: SHORT,
    receivedAt: ISO_TIME,
    history: {
      type: 'array',
      maxItems: 200,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['at', 'status', 'actor'],
        properties: {
          at: ISO_TIME,
          status: { type: 'string', enum: [...REQUEST_STATUSES] },
          actor: { type: 'string', enum: ['citizen', 'clerk', 'system'] },
          reason: { type: 'string', maxLength: 2000 },
          department: SHORT,
        },
      },
    },
    problems: {
      type: 'array',
      maxItems: 100,
      items: {
        type: 'object',
        required: ['field', 'code'],
        properties: { field: SHORT, code: SHORT, params: { type: 'object' } },
      },
    },
    statusReason: { type: 'string', maxLength: 2000 },
    feeCents: { type: 'integer', minimum: 0, maximum: 100000000 },
    confirmedSlot: SHORT,
    slotAlternatives: { type: 'array', maxItems: 20, items: SHORT },
    payment: PAYMENT_SUMMARY_SCHEMA,
  },
  required: ['id', 'serviceId', 'catalogueVersion', 'answers', 'status', 'createdAt', 'updatedAt', 'history'],
} as const;

/** The server-side check: the same schema, closed, plus RxDB's deletion flag. */
export const PUSHED_REQUEST_SCHEMA = {
  ...REQUEST_SCHEMA,
  additionalProperties: false,
  properties: { ...REQUEST_SCHEMA.properties, _deleted: { type: 'boolean' } },
} as const;
