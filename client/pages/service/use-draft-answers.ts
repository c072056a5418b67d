import { useEffect, useRef, useState } from 'preact/hooks';
import type { AnswerValue, Answers } from '../../../domain/catalogue/service-definition';
import type { RequestDoc } from '../../../domain/request/request-document';
import { journalValues, readJournal } from '../../data/input-journal';

export interface DraftAnswers {
  /** What the inputs show. */
  answers: Answers;
  /** True once the stored draft's answers have joined what is shown. */
  complete: boolean;
  change(fieldId: string, value: AnswerValue): void;
  /** Runs `then` once the stored answers have joined (at once if they have). */
  afterMerge(then: () => void): void;
}

/**
 * The answers a question page shows, before and after the device's database has opened (issue 17:
 * the question no longer waits for RxDB's start-up). Until the draft is read, the inputs start
 * from what the input journal still holds for it (typed just before a reload); the citizen may
 * type at once. When the stored draft arrives its answers fill the fields nobody has typed into
 * since: a field typed into before it arrived keeps what was typed (its save is queued behind
 * the database's opening and is stored after it, so the stored draft agrees).
 *
 * `onStored` sees the draft with the early typing already applied (so a profile prefill never
 * covers it) and returns the prefilled answers to show besides.
 */
export function useDraftAnswers(
  requestId: string,
  doc: RequestDoc | null | undefined,
  upgrading: boolean,
  onStored: (stored: RequestDoc) => Answers,
): DraftAnswers {
  const [answers, setAnswers] = useState<Answers>(() => journalValues(readJournal()[requestId] ?? {}) as Answers);
  const [complete, setComplete] = useState(false);
  const typedEarly = useRef(new Map<string, AnswerValue>());
  const waiting = useRef<(() => void)[]>([]);

  useEffect(() => {
    if (!doc || complete || upgrading) return;
    const early = Object.fromEntries(typedEarly.current);
    const prefilled = onStored({ ...doc, answers: { ...doc.answers, ...early } });
    setAnswers({ ...doc.answers, ...prefilled, ...early });
    setComplete(true);
  }, [doc, upgrading]);

  useEffect(() => {
    if (!complete) return;
    const run = waiting.current;
    waiting.current = [];
    run.forEach((then) => then());
  }, [complete]);

  return {
    answers,
    complete,
    change(fieldId, value) {
      if (!complete) typedEarly.current.set(fieldId, value);
      setAnswers((current) => ({ ...current, [fieldId]: value }));
    },
    afterMerge(then) {
      if (complete) then();
      else waiting.current.push(then);
    },
  };
}
