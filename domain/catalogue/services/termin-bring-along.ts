/**
 * What to bring to the Bürgerbüro, per concern of `termin-buergerbuero`: catalogue data beside
 * the service, worded in `termin:bring.<item>`. SAMPLE LIST after the usual rules in NRW
 * (e.g. the Wohnungsgeberbestätigung for an Anmeldung, Bundesmeldegesetz §19); the Bürgerbüro
 * keeps it up to date.
 */
export const BRING_ALONG: Readonly<Record<string, readonly string[]>> = {
  personalausweis: ['oldId', 'photo', 'fee'],
  reisepass: ['oldPassport', 'photo', 'fee'],
  anmeldung: ['idAll', 'wohnungsgeber'],
  meldebescheinigung: ['id', 'fee'],
  fuehrungszeugnis: ['id', 'fee'],
  sonstiges: ['id'],
};

export function bringAlong(concern: unknown): readonly string[] {
  return typeof concern === 'string' && Object.hasOwn(BRING_ALONG, concern) ? BRING_ALONG[concern] : BRING_ALONG.sonstiges;
}
