import { language } from '../i18n/i18n';
import { textDirection } from '../i18n/languages';
import { isolateLatinRunsIn, isolateIn } from '../i18n/bidi-isolation';

/**
 * Bidirectional isolation for text that is built as a string (labels, titles), where a `<bdi>`
 * element cannot go; interpolated placeholders are isolated by i18next itself (i18n.ts).
 * Elements use `<bdi>` (SummaryList, references). See bidi-isolation.ts for why.
 */
export function isolate(value: string): string {
  return isolateIn(textDirection(language.value), value);
}

/** German words in an Arabic text ("Sperrmüllkarte (…)"): each Latin run kept left to right inside it. */
export function isolateLatinRuns(text: string): string {
  return isolateLatinRunsIn(textDirection(language.value), text);
}
