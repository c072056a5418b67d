import { useEffect, useState } from 'preact/hooks';
import type { RequestDoc } from '../../domain/request/request-document';
import { userDatabase } from './user-data';

/**
 * Live views of the citizen's requests, straight from the device's database, so every page
 * works offline and updates when replication brings news (a reference number, a status).
 * `undefined` while the database is still opening.
 */
export function useRequestList(): RequestDoc[] | undefined {
  const db = userDatabase.value;
  const [list, setList] = useState<RequestDoc[] | undefined>(undefined);
  useEffect(() => {
    if (!db) {
      setList(undefined);
      return;
    }
    const sub = db.requests.find().$.subscribe((docs) => {
      const plain = docs.map((d) => d.toMutableJSON());
      // Newest first: what the citizen worked on last is what they look for.
      plain.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
      setList(plain);
    });
    return () => sub.unsubscribe();
  }, [db]);
  return list;
}

/** One request: `undefined` while loading, `null` when this device has no such request. */
export function useRequest(id: string): RequestDoc | null | undefined {
  const db = userDatabase.value;
  const [doc, setDoc] = useState<RequestDoc | null | undefined>(undefined);
  useEffect(() => {
    if (!db) {
      setDoc(undefined);
      return;
    }
    const sub = db.requests.findOne(id).$.subscribe((found) => setDoc(found ? found.toMutableJSON() : null));
    return () => sub.unsubscribe();
  }, [db, id]);
  return doc;
}
