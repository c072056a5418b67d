/**
 * Every locale file that is not a core namespace (see resources.ts), collected by webpack at build
 * time: adding `locales/<lang>/<namespace>.json` is all a new service or feature needs.
 * Only ever imported with import(), so all of this lands in one lazy chunk.
 */
import { NAMESPACES } from './resources';

export interface WebpackContext {
  keys(): string[];
  (id: string): Record<string, unknown>;
}
declare global {
  interface ImportMeta {
    webpackContext(request: string, options: { recursive: boolean; regExp: RegExp }): WebpackContext;
  }
}

// Only the bundled languages (Turkish, Ukrainian, Arabic have a chunk each, language-texts.ts).
// Core namespaces are excluded because they are in the first download already; `clerk-api`, `mail`, `dev-mailbox` and
// `documents` because only the server speaks them (API problems, CSV headers, PDF letters).
const context = import.meta.webpackContext('../../locales', {
  recursive: true,
  regExp: /^\.\/(?:de|en|de-x-easy)\/(?!(?:common|catalogue|account|requests|departments|validation|clerk-api|documents|mail|dev-mailbox|identity-sandbox)\.json$)[\w-]+\.json$/,
});

export function featureResources(): { language: string; namespace: string; texts: Record<string, unknown> }[] {
  return context
    .keys()
    .map((key) => /^\.\/([a-z-]+)\/([\w-]+)\.json$/.exec(key))
    .filter((m): m is RegExpExecArray => m !== null && !(NAMESPACES as readonly string[]).includes(m[2]))
    .map(([key, language, namespace]) => ({ language, namespace, texts: context(key) }));
}
