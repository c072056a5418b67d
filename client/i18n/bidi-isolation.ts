/**
 * In a right-to-left page an Aktenzeichen, a phone number, an IBAN or a German name must keep
 * its own order: without isolation the Unicode bidi algorithm shows "02389 12345" as
 * "12345 02389" and moves brackets. Values get first-strong isolates (FSI … PDI), German runs
 * inside Arabic text left-to-right isolates (LRI … PDI). Left-to-right pages get the text
 * unchanged: the marks would only be noise there (copied text, exact-match tests).
 */
const FSI = '\u2068';
const LRI = '\u2066';
const PDI = '\u2069';

export function isolateIn(direction: 'ltr' | 'rtl', value: string): string {
  return direction === 'rtl' && value !== '' ? `${FSI}${value}${PDI}` : value;
}

const LATIN_RUN = /[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß0-9.\-]*(?:[ /][A-Za-zÄÖÜäöüß0-9][A-Za-zÄÖÜäöüß0-9.\-]*)*/g;

export function isolateLatinRunsIn(direction: 'ltr' | 'rtl', text: string): string {
  return direction === 'rtl' ? text.replace(LATIN_RUN, (run) => `${LRI}${run}${PDI}`) : text;
}
