import type { HistoryEntry } from '../../domain/request/request-document';
import type { StoredRequest } from '../requests';

/** When the server (routing worker, clerk) last moved the request; '' when never. */
function lastServerTransition(doc: StoredRequest): string {
  let at = '';
  for (const h of doc.history ?? []) if (h.actor !== 'citizen' && h.at > at) at = h.at;
  return at;
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Orders the leaves of one request: the later server transition first (it carries the newer
 * server-owned fields), then the citizen's later edit, then the revision id — so every node
 * and every worker picks the same base.
 */
function compareLeaves(a: StoredRequest, b: StoredRequest): number {
  const byServer = lastServerTransition(b).localeCompare(lastServerTransition(a));
  if (byServer) return byServer;
  const byEdit = (b.updatedAt ?? '').localeCompare(a.updatedAt ?? '');
  if (byEdit) return byEdit;
  return (b._rev ?? '').localeCompare(a._rev ?? '');
}

/**
 * Merges the conflicting leaves of one request into one document, deterministically.
 * Server-owned fields (status, reference, department, slot, payment) and the history come from
 * the leaf with the later server transition: two "received" decisions never both stay. The
 * citizen's text is never dropped: answers of another leaf that differ from the base's are kept
 * in `keptAnswers`, which the device offers to take over (the same notice a device conflict
 * shows). Citizen history lines of other leaves (a withdrawal, a sending) are kept as well.
 */
export function mergeRequestLeaves(leaves: readonly StoredRequest[]): StoredRequest {
  const [base, ...others] = [...leaves].sort(compareLeaves);
  let kept = base.keptAnswers;
  const baseAnswers = stableJson(base.answers ?? {});
  for (const other of others) {
    if (stableJson(other.answers ?? {}) !== baseAnswers && !(kept && stableJson(kept) === stableJson(other.answers))) {
      kept = { ...(kept ?? {}), ...other.answers };
    }
  }
  const history: HistoryEntry[] = [...(base.history ?? [])];
  const seen = new Set(history.map((h) => `${h.at}|${h.status}|${h.actor}`));
  for (const other of others) {
    for (const h of other.history ?? []) {
      const key = `${h.at}|${h.status}|${h.actor}`;
      if (h.actor === 'citizen' && !seen.has(key)) {
        seen.add(key);
        history.push(h);
      }
    }
  }
  history.sort((a, b) => a.at.localeCompare(b.at));
  return { ...base, history, ...(kept ? { keptAnswers: kept } : {}) };
}
