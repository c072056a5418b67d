import { renderToString } from 'preact-render-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { findService, SPERRMUELLKARTE } from '../../../../domain/catalogue';
import { initAllTexts } from '../../../test-support/all-texts';
import type { User } from '../../../session/user';
import { TrustLevelStart } from './TrustLevelStart';

beforeAll(() => initAllTexts('de'));

const MELDEBESCHEINIGUNG = findService('meldebescheinigung')!;
const citizen = (login?: User['login']) => ({ id: 'u1', role: 'citizen', name: 'Erika Mustermann', email: 'e@example.org', profile: {}, ...(login ? { login } : {}) }) as unknown as User;
const render = (user: User | null, service = MELDEBESCHEINIGUNG) => renderToString(<TrustLevelStart service={service} user={user} back="/meldebescheinigung" />);

/** Issue 13: the start page says a service's trust level before anyone starts, and how to reach it. */
describe('a service’s trust level on its start page', () => {
  it('is stated to a visitor who is not signed in (the prerendered page), without a login button', () => {
    const html = render(null);
    expect(html).toContain('mindestens auf dem Vertrauensniveau „substantiell“');
    expect(html).not.toContain('<button');
  });

  it('tells a password login and a BundID login at "basis" how to reach it, with the BundID login at that level', () => {
    for (const [user, current] of [
      [citizen(), 'Sie sind jetzt ohne BundID angemeldet.'],
      [citizen({ provider: 'bundid', trustLevel: 'basis' }), 'Ihre jetzige Anmeldung hat das Vertrauensniveau „basis“.'],
    ] as const) {
      const html = render(user);
      expect(html).toContain('Anmeldung mit höherem Vertrauensniveau nötig');
      expect(html).toContain(current);
      expect(html).toContain('Mit BundID auf Vertrauensniveau „substantiell“ anmelden');
    }
  });

  it('only names the level to a login that has it, and says nothing for a service without one', () => {
    for (const trustLevel of ['substantiell', 'hoch'] as const) {
      const html = render(citizen({ provider: 'bundid', trustLevel }));
      expect(html).not.toContain('nötig');
      expect(html).not.toContain('<button');
    }
    expect(render(citizen(), SPERRMUELLKARTE)).toBe('');
  });
});
