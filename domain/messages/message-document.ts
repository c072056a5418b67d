/**
 * A message in a request's thread between the department and the citizen (the citizen's
 * "Postfach"). Messages are never edited: a device writes a new one, the server refuses changes.
 * Internal notes are NOT messages: they live on the server only (see server/clerk/casework.ts).
 */
export interface MessageAttachment {
  name: string;
  size: number;
  sha256: string;
}

export interface MessageDoc {
  /** UUID made where the message was written (a device drafting offline keeps its identity). */
  id: string;
  requestId: string;
  from: 'citizen' | 'clerk';
  text: string;
  createdAt: string;
  // ——— owned by the server ———
  serverRev?: string;
  /** Department the thread is with, at the time of the message. */
  department?: string;
  attachment?: MessageAttachment;
}

export const MESSAGE_TEXT_MAX = 4000;
const UUID = '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';

export const MESSAGE_SCHEMA = {
  title: 'message',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 36, pattern: UUID },
    requestId: { type: 'string', maxLength: 36, pattern: UUID },
    from: { type: 'string', enum: ['citizen', 'clerk'], maxLength: 10 },
    text: { type: 'string', minLength: 1, maxLength: MESSAGE_TEXT_MAX },
    createdAt: { type: 'string', maxLength: 40 },
    serverRev: { type: 'string', maxLength: 64 },
    department: { type: 'string', maxLength: 64 },
    attachment: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'size', 'sha256'],
      properties: {
        name: { type: 'string', maxLength: 200 },
        size: { type: 'integer', minimum: 0, maximum: 100_000_000 },
        sha256: { type: 'string', maxLength: 64 },
      },
    },
  },
  required: ['id', 'requestId', 'from', 'text', 'createdAt'],
  indexes: ['requestId'],
} as const;

/** The server's check of a pushed message: the same schema, closed, plus RxDB's deletion flag. */
export const PUSHED_MESSAGE_SCHEMA = {
  ...MESSAGE_SCHEMA,
  additionalProperties: false,
  properties: { ...MESSAGE_SCHEMA.properties, _deleted: { type: 'boolean' } },
} as const;

/** Same message, whatever revision or storage bookkeeping rides along. */
export function messagesEqual(a: MessageDoc, b: MessageDoc): boolean {
  const content = (m: MessageDoc) =>
    JSON.stringify([m.id, m.requestId, m.from, m.text, m.createdAt, m.department ?? null, m.attachment ?? null]);
  return content(a) === content(b);
}

/** What the writer of a message decided (not the server's additions): a re-sent reply is the same reply. */
export function sameAuthoredContent(a: MessageDoc, b: MessageDoc): boolean {
  return a.id === b.id && a.requestId === b.requestId && a.from === b.from && a.text === b.text && a.createdAt === b.createdAt;
}
