import { randomUUID } from 'node:crypto';
import type { RequestDoc } from '../../domain/request/request-document';
import type { SyncedDoc } from '../../domain/sync/sync-protocol';
import { ApiClient, eventually, submitted } from '../../server/test-support/api-client';

/** A Mängelmelder draft with these answers. */
export function maengelmelderDraft(answers: RequestDoc['answers']): SyncedDoc<RequestDoc> {
  const now = new Date().toISOString();
  return { id: randomUUID(), serviceId: 'maengelmelder', catalogueVersion: 1, answers, status: 'draft', createdAt: now, updatedAt: now, history: [], _deleted: false };
}

/**
 * The Mängelmelder's map page with something on it: the citizen's draft placed near the
 * Marktplatz, and another citizen's routed report nearby, so the list of open reports and its
 * "Ich auch" button are checked too.
 */
export async function mapFixtures(citizen: ApiClient, base: string): Promise<{ mapDraftId: string }> {
  const other = new ApiClient(base);
  await other.register('Malte Melder');
  const report = submitted(maengelmelderDraft({ category: 'strassenlaterne', locateBy: 'position', position: '51.66350, 7.63400', description: 'Laterne aus', wantsFeedback: 'nein' }));
  await other.push([{ assumedMasterState: null, newDocumentState: report }]);
  await eventually(async () => (await other.current(report.id))?.status === 'received', 20_000, 'map report routing');
  const draft = maengelmelderDraft({ category: 'schlagloch', locateBy: 'position', position: '51.66330, 7.63360' });
  const pushed = await citizen.push([{ assumedMasterState: null, newDocumentState: draft }]);
  if (pushed.status !== 200) throw new Error(`map draft not stored: ${pushed.status}`);
  return { mapDraftId: draft.id };
}
