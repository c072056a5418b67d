// @vitest-environment jsdom
import { LocationProvider } from 'preact-iso';
import { afterEach, describe, expect, it } from 'vitest';
import type { RequestDoc } from '../../../domain/request/request-document';
import { currentUser } from '../../session/session';
import { followLanguage } from '../../test-support/follow-language';
import { BundIdSection } from '../profile/BundIdSection';
import { WasteCalendarPage } from '../waste/WasteCalendarPage';
import { Postfach } from './Postfach';

/**
 * A message a citizen's form raised is reworded when the citizen switches the language, as the
 * rest of the page is (useSaid). Without a server or a device database here, the forms' own
 * checks and failed saves raise the errors.
 */
const { show, submit, type, switchTo, both, text } = followLanguage();
afterEach(() => {
  currentUser.value = null;
});

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

    await type('reply-text', 'Hallo');
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

  it('Abfallkalender: a street missing, then one the calendar does not know', async () => {
    await show(
      <LocationProvider>
        <WasteCalendarPage />
      </LocationProvider>,
    );
    await submit('form');
    const missing = both('waste:errors.street.required', { city: 'Werne' });
    expect(text()).toContain(missing.de);
    await switchTo('en');
    expect(text()).toContain(missing.en);
    expect(text()).not.toContain(missing.de);

    await type('field-street', 'Gibtsnichtweg');
    await submit('form');
    const unknown = both('waste:errors.street.unknownStreet', { city: 'Werne' });
    expect(text()).toContain(unknown.en);
    await switchTo('de');
    expect(text()).toContain(unknown.de);
    expect(text()).not.toContain(unknown.en);
  });
});
