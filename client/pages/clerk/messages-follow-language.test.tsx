// @vitest-environment jsdom
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { currentUser } from '../../session/session';
import { followLanguage } from '../../test-support/follow-language';
import { FoundItemsClerkPage } from '../fundsachen/clerk/FoundItemsClerkPage';
import { BulkActions } from './BulkActions';
import { CaseDecisions } from './CaseDecisions';
import { CaseFollowUp } from './CaseFollowUp';
import { CaseNotes } from './CaseNotes';
import { CaseThread } from './CaseThread';
import type { CaseFeedback } from './case-problems';
import type { CaseDetail } from './clerk-api';
import { SavedFilters } from './SavedFilters';

/**
 * Issues 13/14: a message a clerk's form raised in German is shown in English once the clerk
 * switches the language, as the rest of the page is. The forms here run in a DOM without a
 * server: their own checks raise the errors, and a call that cannot reach the server the
 * "no connection" one.
 */
const { root, show, settle, submit, type, switchTo, expectFollowsSwitch } = followLanguage();

const CASE = {
  id: 'r-1',
  reference: 'SPM-2026-000001',
  serviceId: 'sperrmuell',
  status: 'in_progress',
  department: 'umwelt',
  readOnly: false,
  answers: {},
  history: [],
} as unknown as CaseDetail;
const quiet: CaseFeedback = { problems: () => undefined, done: () => undefined };

describe('clerk messages follow a language switch', () => {
  it('saved filters: the missing name and the failed save', async () => {
    await show(<SavedFilters view={{ page: 1 } as never} />);
    await submit('.saved-filters form');
    await expectFollowsSwitch('clerk-workday:savedFilters.nameMissing', 'en');

    await switchTo('de-x-easy');
    await switchTo('en');
    await type('saved-filter-name', 'Meine Fälle');
    await submit('.saved-filters form');
    await expectFollowsSwitch('common:apiErrors.offline', 'de');
  });

  it('bulk actions: nothing selected', async () => {
    await show(<BulkActions selected={new Set()} cases={[]} onDone={() => undefined} />);
    await submit('.bulk-actions form');
    await expectFollowsSwitch('clerk-workday:bulk.none', 'en');
  });

  it("a case's note, message, forwarding, decision and follow-up, and what they report to the page's summary", async () => {
    const reported: string[][] = [];
    // The case page's summary words what the sections report at its own render: here, at the end.
    const said: Parameters<CaseFeedback['problems']>[0][] = [];
    const feedback: CaseFeedback = { problems: (s) => void said.push(s), done: () => undefined };
    await show(
      <>
        <CaseNotes found={CASE} feedback={feedback} />
        <CaseThread found={CASE} feedback={feedback} />
        <CaseDecisions found={CASE} onChange={() => undefined} feedback={feedback} />
        <CaseFollowUp found={CASE} onChange={() => undefined} feedback={quiet} />
      </>,
    );
    const forms = [...root().querySelectorAll('form')];
    for (const form of forms) {
      await act(() => void form.requestSubmit());
      await settle();
    }
    // The forms in page order; the decisions' section shows the errors of its last form (forward).
    const keys = ['clerk:missing.note', 'clerk:missing.text', 'clerk:detail.reasonMissing.forward', 'clerk:missing.department', 'clerk-decisions:missing.outcome', 'clerk-workday:followUp.missingDate'];
    const texts = await expectFollowsSwitch(keys, 'en');
    const { t } = await import('../../i18n/i18n');
    for (const s of said) reported.push(s(t).map((p) => p.text));
    expect(reported.flat()).toEqual(expect.arrayContaining(texts.slice(0, 5).map((x) => x.en)));
  });

  it("the Fundbüro's found item: the fields' problems, and a save that did not reach the server", async () => {
    currentUser.value = { id: 'c-1', email: 'fundbuero@example.org', name: 'Frida Fund', role: 'clerk', department: 'fundbuero' } as never;
    try {
      await show(<FoundItemsClerkPage />);
      await submit('form');
      await expectFollowsSwitch('fundsachen-liste:clerk.errors.category.required', 'en');

      await act(() => {
        const select = root().querySelector<HTMLSelectElement>('#field-category')!;
        select.value = select.options[1].value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await type('field-description', 'Schwarzer Regenschirm');
      await type('field-place', 'Marktplatz');
      const yesterday = new Date(Date.now() - 86_400_000);
      await type('field-foundOn-day', String(yesterday.getDate()));
      await type('field-foundOn-month', String(yesterday.getMonth() + 1));
      await type('field-foundOn-year', String(yesterday.getFullYear()));
      await type('field-storageNumber', 'F-17');
      await submit('form');
      await expectFollowsSwitch('fundsachen-liste:clerk.failed', 'de');
    } finally {
      currentUser.value = null;
    }
  });
});
