import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findService } from '../../../domain/catalogue';

const de = JSON.parse(readFileSync(path.resolve(__dirname, '../../../locales/de/submission.json'), 'utf8')) as { kinds: Record<string, { send: string; thanks: string }> };

/**
 * Issue 15, "Wording that says something false": Mängelmelder, Verlust, Beschwerde and Termin
 * said "Antrag absenden" / "Vielen Dank für Ihren Antrag". Each names what it sends instead.
 */
describe('the words for sending and thanking', () => {
  it.each([
    ['maengelmelder', /Meldung/],
    ['fundbuero-verlust', /Verlust/],
    ['anregung', /Nachricht|Anregung|Beschwerde/],
    ['termin-buergerbuero', /Termin/],
  ])('%s sends and thanks for what it is, never an Antrag', (serviceId, word) => {
    const kind = findService(serviceId)?.submission;
    expect(kind, serviceId).toBeDefined();
    const { send, thanks } = de.kinds[kind!];
    for (const text of [send, thanks]) {
      expect(text).not.toMatch(/Antrag/);
      expect(text).toMatch(word);
    }
  });

  it('a request (Sperrmüllkarte) is still an Antrag', () => {
    expect(findService('sperrmuellkarte')?.submission ?? 'application').toBe('application');
    expect(de.kinds.application.send).toMatch(/Antrag/);
  });
});
