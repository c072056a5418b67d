import { useEffect, useState } from 'preact/hooks';
import type { MessageDoc } from '../../domain/messages/message-document';
import { userDatabase } from './user-data';

/** The thread of one request from the device's database (works offline), oldest first. */
export function useMessages(requestId: string): MessageDoc[] | undefined {
  const db = userDatabase.value;
  const [list, setList] = useState<MessageDoc[] | undefined>(undefined);
  useEffect(() => {
    if (!db) {
      setList(undefined);
      return;
    }
    const sub = db.messages.find({ selector: { requestId } }).$.subscribe((docs) => {
      const plain = docs.map((d) => d.toMutableJSON());
      plain.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
      setList(plain);
    });
    return () => sub.unsubscribe();
  }, [db, requestId]);
  return list;
}

/** Stores a reply on the device; replication sends it now or whenever the connection returns. */
export async function writeReply(requestId: string, text: string): Promise<void> {
  const db = userDatabase.value;
  if (!db) throw new Error('database not open');
  await db.messages.insert({ id: crypto.randomUUID(), requestId, from: 'citizen', text, createdAt: new Date().toISOString() });
}

/** The newest messages from departments across all of this person's requests (offline too). */
export function useRecentClerkMessages(limit: number): MessageDoc[] | undefined {
  const db = userDatabase.value;
  const [list, setList] = useState<MessageDoc[] | undefined>(undefined);
  useEffect(() => {
    if (!db) {
      setList(undefined);
      return;
    }
    // Sorted here, not by the query: a person has tens of messages, and createdAt has no index.
    const sub = db.messages.find({ selector: { from: 'clerk' } }).$.subscribe((docs) => {
      const plain = docs.map((d) => d.toMutableJSON());
      plain.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
      setList(plain.slice(0, limit));
    });
    return () => sub.unsubscribe();
  }, [db, limit]);
  return list;
}
