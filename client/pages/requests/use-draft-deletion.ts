import { useRef, useState } from 'preact/hooks';
import type { RequestDoc } from '../../../domain/request/request-document';
import { deleteDraft, restoreDraft } from '../../data/request-store';

/**
 * "Entwurf löschen" with "Rückgängig machen": the draft goes at once (no confirmation page to
 * wade through), and the last one deleted can be brought back from the banner while the page is open.
 */
export function useDraftDeletion() {
  const [deleted, setDeleted] = useState<RequestDoc | undefined>(undefined);
  const busy = useRef(false);
  const run = async (work: () => Promise<void>) => {
    if (busy.current) return;
    busy.current = true;
    try {
      await work();
    } finally {
      busy.current = false;
    }
  };
  return {
    deleted,
    remove: (doc: RequestDoc) =>
      void run(async () => {
        const removed = await deleteDraft(doc.id);
        if (removed) setDeleted(removed);
        // The banner's undo button is where the keyboard and the screen reader continue.
        requestAnimationFrame(() => document.getElementById('undo-delete')?.focus());
      }),
    undo: () =>
      void run(async () => {
        if (!deleted) return;
        await restoreDraft(deleted);
        setDeleted(undefined);
      }),
  };
}
