// @vitest-environment jsdom
import { LocationProvider } from 'preact-iso';
import { afterEach, describe, it } from 'vitest';
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
const { show, submit, type, expectFollowsSwitch } = followLanguage();
afterEach(() => {
  currentUser.value = null;
});

describe('citizen messages follow a language switch', () => {
  it('Postfach: the missing reply, and a reply the device could not keep', async () => {
    const doc = { id: 'r-1', serviceId: 'sperrmuellkarte', status: 'in_progress', department: 'abfall', history: [], answers: {} } as unknown as RequestDoc;
    await show(<Postfach doc={doc} />);
    await submit('.postfach form');
    await expectFollowsSwitch('messages:required', 'en');

    await type('reply-text', 'Hallo');
    await submit('.postfach form');
    await expectFollowsSwitch('messages:saveFailed', 'de');
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
    await expectFollowsSwitch('profile:bundid.unlinkFailed', 'en');
  });

  it('Abfallkalender: a street missing, then one the calendar does not know', async () => {
    await show(
      <LocationProvider>
        <WasteCalendarPage />
      </LocationProvider>,
    );
    await submit('form');
    await expectFollowsSwitch('waste:errors.street.required', 'en', { city: 'Werne' });

    await type('field-street', 'Gibtsnichtweg');
    await submit('form');
    await expectFollowsSwitch('waste:errors.street.unknownStreet', 'de', { city: 'Werne' });
  });
});
