import { maskAddresses } from './text-units';

/**
 * Abbreviations Leichte Sprache never uses (Netzwerk Leichte Sprache: "Schreiben Sie keine
 * Abkürzungen"). Spaced and unspaced forms both count ("z.B." and "z. B.").
 */
export const DENIED_ABBREVIATIONS = [
  'z.B.', 'bzw.', 'ggf.', 'usw.', 'evtl.', 'd.h.', 'u.a.', 'ca.', 'Nr.', 'Tel.', 'inkl.', 'zzgl.', 'vgl.', 'etc.',
  'i.d.R.', 's.o.', 's.u.', 'Abs.', 'Str.', 'bspw.', 'u.U.', 'o.Ä.', 'max.', 'min.', 'Std.', 'Mo.', 'Fr.',
] as const;

function pattern(abbreviation: string): RegExp {
  const body = abbreviation
    .split('.')
    .filter(Boolean)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\.\\s?');
  // Not inside a longer word ("Nr." in "Tonr."), and the final dot is required: "Abs" alone is no hit.
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}\\.`, 'iu');
}

const PATTERNS = DENIED_ABBREVIATIONS.map((a) => [a, pattern(a)] as const);

/** The deny-listed abbreviations in a text; web and e-mail addresses are not searched. */
export function deniedAbbreviations(text: string): string[] {
  const plain = maskAddresses(text);
  return PATTERNS.filter(([, re]) => re.test(plain)).map(([a]) => a);
}
