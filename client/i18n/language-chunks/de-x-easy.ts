import { NAMESPACES } from '../resources';
import { collectTexts } from './collect-texts';

/**
 * Leichte Sprache's core namespaces (those German and English have in the first download); its
 * other namespaces are chunks of their own per namespace (namespace-texts.ts).
 */
export const texts = collectTexts(
  import.meta.webpackContext('../../../locales', {
    recursive: true,
    regExp: /^\.\/de-x-easy\/(?:common|catalogue|account|requests|departments|validation)\.json$/,
  }),
);

// The regular expression above must be a literal for webpack; this keeps it honest.
if (Object.keys(texts).sort().join() !== [...NAMESPACES].sort().join()) {
  throw new Error('Leichte Sprache core texts do not match the core namespaces');
}
