import type { WebpackContext } from '../webpack-context';

/** namespace → texts, from a webpack context over `locales/` narrowed to one language's folder. */
export function collectTexts(context: WebpackContext): Record<string, Record<string, unknown>> {
  return Object.fromEntries(context.keys().map((key) => [key.replace(/^\.\/[\w-]+\/|\.json$/g, ''), context(key)]));
}
