import type { Request } from 'express';
import { todayInWerne, toIsoDate } from '../../domain/validation/calendar-date';
import { HttpError } from '../http/api-error';
import type { StoredRequest } from '../requests';
import { getOrNull, isConflict, type Store } from '../store';

/** A date on which a case comes back to the department (Wiedervorlage), with a note; internal, never on a device. */
export interface FollowUp {
  date: string;
  note: string;
  authorName: string;
  at: string;
}

const FOLLOW_UP_NOTE_MAX = 500;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const docId = (requestId: string) => `followup:${requestId}`;

export function readFollowUpInput(body: { date?: string; note?: string }): { date: string; note: string } {
  const date = body.date?.trim() ?? '';
  if (!date) throw new HttpError(400, 'validation_failed', [{ field: 'date', code: 'required' }]);
  if (!DAY.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)) || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) {
    throw new HttpError(400, 'validation_failed', [{ field: 'date', code: 'invalid' }]);
  }
  const note = body.note?.trim() ?? '';
  if (note.length > FOLLOW_UP_NOTE_MAX) throw new HttpError(400, 'validation_failed', [{ field: 'followUpNote', code: 'tooLong' }]);
  return { date, note };
}

/** Sets (or moves) the case's follow-up; one per case. */
export async function setFollowUp(store: Store, req: Request, doc: StoredRequest, input: { date: string; note: string }): Promise<FollowUp> {
  const value: FollowUp = { date: input.date, note: input.note, authorName: req.user!.name, at: new Date().toISOString() };
  for (let attempt = 0; attempt < 5; attempt++) {
    const existing = await getOrNull(store.internal, docId(doc._id));
    try {
      await store.internal.insert({
        _id: docId(doc._id),
        ...(existing ? { _rev: existing._rev } : {}),
        type: 'followUp',
        requestId: doc._id,
        department: doc.department,
        followUpDate: value.date,
        note: value.note,
        authorId: req.user!.id,
        authorName: value.authorName,
        at: value.at,
      });
      return value;
    } catch (err) {
      if (!isConflict(err)) throw err;
    }
  }
  throw new HttpError(409, 'conflict');
}

export async function clearFollowUp(store: Store, requestId: string): Promise<void> {
  const existing = await getOrNull(store.internal, docId(requestId));
  if (existing) await store.internal.destroy(existing._id, existing._rev).catch((err: unknown) => { if (!isConflict(err)) throw err; });
}

type StoredFollowUp = { requestId: string; followUpDate: string; note: string; authorName: string; at: string };
const toFollowUp = (d: StoredFollowUp): FollowUp => ({ date: d.followUpDate, note: d.note, authorName: d.authorName, at: d.at });

export async function readFollowUps(store: Store, requestIds: string[]): Promise<Map<string, FollowUp>> {
  const out = new Map<string, FollowUp>();
  if (requestIds.length === 0) return out;
  const res = await store.internal.fetch({ keys: requestIds.map(docId) });
  for (const row of res.rows) if ('doc' in row && row.doc) out.set((row.doc as unknown as StoredFollowUp).requestId, toFollowUp(row.doc as unknown as StoredFollowUp));
  return out;
}

/** Ids of the department's cases whose follow-up is today or already past (in Werne): one key range of the internal view. */
export async function dueFollowUpIds(store: Store, department: string, now = new Date()): Promise<string[]> {
  const res = await store.internal.view('inbox-internal', 'follow-up-by-department-date', {
    startkey: [department],
    endkey: [department, toIsoDate(todayInWerne(now))],
    limit: 5000,
  });
  return res.rows.map((row) => row.value as string);
}
