// @vitest-environment jsdom
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RequestDoc } from '../../../domain/request/request-document';
import { setLanguage, textIn } from '../../i18n/i18n';
import { currentUser } from '../../session/session';
import { initAllTexts } from '../../test-support/all-texts';
import { BundIdSection } from '../profile/BundIdSection';
import { Postfach } from './Postfach';

/**
 * A message a citizen's form raised is reworded when the citizen switches the language, as the
 * rest of the page is (useSaid). Without a server or a device database here, the forms' own
 * checks and failed saves raise the errors.
 */
let root: HTMLElement;
beforeAll(() => initAllTexts('de'));
beforeEach(async () => {
  await setLanguage('de');
  root = document.body.appendChild(document.createElement('div'));
});
afterEach(() => {
  render(null, root);
  root.remove();
  currentUser.value = null;
});

const show = (ui: ComponentChild) => act(() => render(ui, root));
const settle = () => act(() => new Promise((r) => setTimeout(r, 20)));
const submit = async (selector: string) => {
  await act(() => void root.querySelector<HTMLFormElement>(selector)!.requestSubmit());
  await settle();
};
const switchTo = async (lng: 'de' | 'en') => {
  await act(async () => void (await setLanguage(lng)));
  await settle();
};
const both = (key: string) => {
  const [de, en] = [textIn('de', key) ?? '', textIn('en', key) ?? ''];
  expect(de).not.toBe('');
  expect(en).not.toBe(de);
  return { de, en };
};
const text = () => root.textContent ?? '';

describe('citizen messages follow a language switch', () => {
  it('Postfach: the missing reply, and a reply the device could not keep', async () => {
    const doc = { id: 'r-1', serviceId: 'sperrmuellkarte', status: 'in_progress', department: 'abfall', history: [], answers: {} } as unknown as RequestDoc;
    await show(<Postfach doc={doc} />);
    await submit('.postfach form');
    const missing = both('messages:required');
    expect(text()).toContain(missing.de);
    await switchTo('en');
    expect(text()).toContain(missing.en);
    expect(text()).not.toContain(missing.de);

    await act(() => {
      const field = root.querySelector<HTMLTextAreaElement>('#reply-text')!;
      field.value = 'Hallo';
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await submit('.postfach form');
    const failed = both('messages:saveFailed');
    expect(text()).toContain(failed.en);
    await switchTo('de');
    expect(text()).toContain(failed.de);
    expect(text()).not.toContain(failed.en);
  });

  it('BundID in the profile: an unlinking that did not go through', async () => {
    currentUser.value = {
      id: 'u-1',
      email: 'erika@example.org',
      name: 'Erika',
      role: 'citizen',
      profile: {},
      emailConfirmed: true,
      identity: { provider: 'bundid', trustLevel: 'basis', verifiedFields: [], attributes: {} },
    } as never;
    await show(<BundIdSection profile={{}} />);
    await submit('form');
    const failed = both('profile:bundid.unlinkFailed');
    expect(text()).toContain(failed.de);
    await switchTo('en');
    expect(text()).toContain(failed.en);
    expect(text()).not.toContain(failed.de);
  });
});
