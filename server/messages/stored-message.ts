import type { MessageAttachment, MessageDoc } from '../../domain/messages/message-document';
import type { SyncedDoc } from '../../domain/sync/sync-protocol';

/** A message as the `messages` database keeps it: the device's document plus the request's owner. */
export interface StoredMessage {
  _id: string;
  _rev?: string;
  type: 'message';
  requestId: string;
  owner: string;
  department: string;
  from: 'citizen' | 'clerk';
  text: string;
  createdAt: string;
  /** Clerk who wrote it: for the department's records, never sent to the device. */
  authorId?: string;
  attachment?: MessageAttachment;
  _attachments?: Record<string, { content_type: string; data?: string; length?: number; stub?: boolean }>;
}

export const ATTACHMENT_NAME = 'file.pdf';

export function toDeviceMessage(stored: StoredMessage): SyncedDoc<MessageDoc> {
  return {
    id: stored._id,
    requestId: stored.requestId,
    from: stored.from,
    text: stored.text,
    createdAt: stored.createdAt,
    department: stored.department,
    ...(stored.attachment ? { attachment: stored.attachment } : {}),
    ...(stored._rev ? { serverRev: stored._rev } : {}),
    _deleted: false,
  };
}
