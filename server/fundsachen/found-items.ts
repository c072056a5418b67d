import { randomUUID } from 'node:crypto';
import {
  FOUND_ITEM_NUMBER_PREFIX,
  isoDate,
  type FoundItem,
  type FoundItemInput,
  type FundCategory,
} from '../../domain/fundsachen';
import { assignReference } from '../routing';
import { getOrNull, isConflict, type Store } from '../store';

/** A found item as CouchDB keeps it (`_id` is the item's id). */
export interface StoredFoundItem extends Omit<FoundItem, 'id'> {
  _id: string;
  _rev?: string;
  type: 'found-item';
}

export function fromStored({ _id, _rev: _r, type: _t, ...rest }: StoredFoundItem): FoundItem {
  return { id: _id, ...rest };
}

/**
 * Stores a clerk's entry (already validated). The id comes from the clerk's page, so pressing
 * "save" twice, or a retry after a lost answer, stores the item once; the public number is
 * assigned once per id by the same counter as Aktenzeichen.
 */
export async function createFoundItem(store: Store, id: string, input: FoundItemInput, clerkId: string, now = new Date()): Promise<FoundItem> {
  const existing = await getOrNull<StoredFoundItem>(store.fundsachen, id);
  if (existing) return fromStored(existing);
  const number = await assignReference(store, `found-item:${id}`, FOUND_ITEM_NUMBER_PREFIX, now.getUTCFullYear());
  const doc: StoredFoundItem = {
    _id: id,
    type: 'found-item',
    number,
    category: input.category as FundCategory,
    description: input.description.trim(),
    place: input.place.trim(),
    foundOn: isoDate(input.foundOn),
    storageNumber: input.storageNumber.trim(),
    status: 'available',
    createdAt: now.toISOString(),
    createdBy: clerkId,
  };
  try {
    await store.fundsachen.insert(doc as never);
    return fromStored(doc);
  } catch (err) {
    if (!isConflict(err)) throw err;
    return fromStored((await getOrNull<StoredFoundItem>(store.fundsachen, id))!);
  }
}

/** Items still waiting in the Fundbüro: what the public list shows. */
export async function availableItems(store: Store): Promise<FoundItem[]> {
  const result = await store.fundsachen.find({
    selector: { status: 'available', foundOn: { $gt: null } },
    sort: [{ status: 'desc' }, { foundOn: 'desc' }],
    limit: 2000,
    use_index: 'idx-by-status-found',
  } as never);
  return (result.docs as StoredFoundItem[]).map(fromStored);
}

/** Every item, returned ones included, newest first: the clerks' list. */
export async function allItems(store: Store): Promise<FoundItem[]> {
  const result = await store.fundsachen.find({ selector: { type: 'found-item' }, limit: 5000 } as never);
  return (result.docs as StoredFoundItem[])
    .map(fromStored)
    .sort((a, b) => b.foundOn.localeCompare(a.foundOn) || b.number.localeCompare(a.number));
}

export async function findItemByNumber(store: Store, number: string): Promise<StoredFoundItem | undefined> {
  const result = await store.fundsachen.find({ selector: { type: 'found-item', number }, limit: 1 } as never);
  return result.docs[0] as StoredFoundItem | undefined;
}

/**
 * Marks the item handed over with a claim. Idempotent (a second run, or a second server process,
 * finds it returned already); a lost write race is read again.
 */
export async function markReturned(store: Store, number: string, claimId: string, at: string): Promise<'returned' | 'already' | 'unknown'> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const item = await findItemByNumber(store, number);
    if (!item) return 'unknown';
    if (item.status === 'returned') return 'already';
    try {
      await store.fundsachen.insert({ ...item, status: 'returned', returnedAt: at, returnedWith: claimId } as never);
      return 'returned';
    } catch (err) {
      if (!isConflict(err)) throw err;
    }
  }
  throw new Error(`found item ${number} stayed contended`);
}

export function newItemId(): string {
  return randomUUID();
}
