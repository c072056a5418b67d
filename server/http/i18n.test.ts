import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '../portal';
import { serviceTitle } from '../documents/request-texts';
import { ApiClient } from '../test-support/api-client';
import { pdfText } from '../test-support/pdf-text';
import { startTestPortal } from '../test-support/test-portal';
import { documentLanguage, translator } from './i18n';

let portal: Portal;

beforeAll(async () => {
  portal = await startTestPortal();
});
afterAll(() => portal.stop());

async function wrongLogin(lang: string): Promise<{ error: string; message: string }> {
  const res = await fetch(`${portal.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Accept-Language': lang },
    body: JSON.stringify({ email: 'niemand@example.org', password: 'falsches passwort 2026' }),
  });
  expect(res.status).toBe(401);
  return (await res.json()) as { error: string; message: string };
}

describe('the server in the newer languages', () => {
  it('words API errors in the language the app asks for, German for one it does not speak', async () => {
    expect((await wrongLogin('tr')).message).toBe('E-posta adresi veya şifre doğru değil.');
    expect((await wrongLogin('fr')).message).toBe(translator('de')('common:apiErrors.invalid_credentials'));
    // Ukrainian and Arabic texts come from the translations work; until one is there, English speaks.
    expect([translator('en')('common:apiErrors.invalid_credentials'), translator('uk')('common:apiErrors.invalid_credentials')]).toContain(
      (await wrongLogin('uk')).message,
    );
    expect(translator('uk')('common:apiErrors.invalid_credentials')).not.toBe(translator('de')('common:apiErrors.invalid_credentials'));
  });

  it('names services in Turkish from catalogue-services.json', () => {
    expect(serviceTitle(translator('tr'), 'sperrmuellkarte')).toBe('Hacimli atık toplama kartı');
    expect(serviceTitle(translator('de'), 'sperrmuellkarte')).toBe('Sperrmüllkarte');
    expect(serviceTitle(translator('en'), 'sperrmuellkarte')).toBe('Bulky waste pickup');
  });

  it('writes the receipt for a Turkish reader in Turkish, as the embedded font has ğ, ş and ı', async () => {
    expect(['tr', 'uk', 'ar'].map((l) => documentLanguage(l as 'tr'))).toEqual(['tr', 'uk', 'ar']);
    const citizen = new ApiClient(portal.url);
    await citizen.register('Deniz Dil');
    const id = await citizen.sendRouted({ street: 'Konrad-Adenauer-Straße' });
    const res = await fetch(`${portal.url}/api/requests/${id}/receipt.pdf`, { headers: { Cookie: citizen.cookieHeader, 'Accept-Language': 'tr' } });
    expect(res.status).toBe(200);
    const { lines } = await pdfText(new Uint8Array(await res.arrayBuffer()));
    expect(lines.join('\n')).toContain('Alındı belgesi');
    expect(lines.join('\n')).not.toContain('Acknowledgment of receipt');
  });
});
