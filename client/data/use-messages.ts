import { useEffect, useState } from 'preact/hooks';
import type { MessageDoc } from '../../domain/messages/message-document';
import { userDatabase } from './user-data';

/**
 * Messages on the device matching `selector`, live (works offline), ordered by `createdAt`.
 * Sorted here, not by the query: a person has tens of messages, and createdAt has no index.
 */
function useMessageQuery(selector: Partial<Pick<MessageDoc, 'requestId' | 'from'>>, newestFirst: boolean, limit?: number): MessageDoc[] | undefined {
  const db = userDatabase.value;
  const [list, setList] = useState<MessageDoc[] | undefined>(undefined);
  const key = JSON.stringify(selector);
  useEffect(() => {
    if (!db) {
      setList(undefined);
      return;
    }
    const sub = db.messages.find({ selector }).$.subscribe((docs) => {
      const plain = docs.map((d) => d.toMutableJSON());
      plain.sort((a, b) => (newestFirst ? b.createdAt.localeCompare(a.createdAt) : a.createdAt.localeCompare(b.createdAt)));
      setList(limit === undefined ? plain : plain.slice(0, limit));
    });
    return () => sub.unsubscribe();
  }, [db, key, newestFirst, limit]);
  return list;
}

/** The thread of one request, oldest first. */
export function useMessages(requestId: string): MessageDoc[] | undefined {
  return useMessageQuery({ requestId }, false);
}

/** The newest messages from departments across all of this person's requests. */
export function useRecentClerkMessages(limit: number): MessageDoc[] | undefined {
  return useMessageQuery({ from: 'clerk' }, true, limit);
}

/** Stores a reply on the device; replication sends it now or whenever the connection returns. */
export async function writeReply(requestId: string, text: string): Promise<void> {
  const db = userDatabase.value;
  if (!db) throw new Error('database not open');
  await db.messages.insert({ id: crypto.randomUUID(), requestId, from: 'citizen', text, createdAt: new Date().toISOString() });
}
