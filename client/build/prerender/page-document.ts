/**
 * Turns the built shell (dist/index.html) and a rendered page into the page's own document:
 * its language and direction, title, description, canonical address and the same page in every
 * other language, and the app's markup inside `<div id="app">`, marked with the language it was
 * rendered in (main.tsx hydrates only when the app speaks that language).
 */
import { LANGUAGE_QUERY, LANGUAGES, textDirection, type Language } from '../../i18n/languages';
import { UNTIL_SCRIPT } from '../../app/prerendered-forms';

const DESCRIPTION_MAX = 160;

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The page's lead: its first paragraph in `<main>`, as plain text (GOV.UK pages lead with it). */
export function leadParagraph(appHtml: string): string | null {
  const main = appHtml.slice(Math.max(0, appHtml.indexOf('<main')));
  const paragraph = /<p\b[^>]*>([\s\S]*?)<\/p>/.exec(main)?.[1];
  if (!paragraph) return null;
  const text = decodeEntities(paragraph.replace(/<[^>]+>/g, ' ')).replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
  if (!text) return null;
  return text.length <= DESCRIPTION_MAX ? text : `${text.slice(0, DESCRIPTION_MAX - 1).replace(/\s+\S*$/, '')}…`;
}

/** The address of `path` in `lng`: German without a query, as the default. */
export function addressIn(path: string, lng: Language): string {
  return lng === 'de' ? path : `${path}?${LANGUAGE_QUERY}=${lng}`;
}

/** Submit buttons wait for the app (client/app/prerendered-forms.ts says why). */
function untilScript(appHtml: string): string {
  return appHtml.replace(/<button(?=[^>]*\btype="submit")/g, `<button disabled ${UNTIL_SCRIPT}`);
}

export function pageDocument(
  shell: string,
  page: { path: string; language: Language; title: string; html: string; fallbackDescription: string },
): string {
  const { path, language: lng } = page;
  const description = leadParagraph(page.html) ?? page.fallbackDescription;
  const links = [
    `<link rel="canonical" href="${escapeAttribute(addressIn(path, lng))}">`,
    ...LANGUAGES.map((other) => `<link rel="alternate" hreflang="${other}" href="${escapeAttribute(addressIn(path, other))}">`),
    `<link rel="alternate" hreflang="x-default" href="${escapeAttribute(path)}">`,
  ].join('\n    ');
  const replaced = shell
    .replace(/<html lang="[^"]*" dir="[^"]*">/, `<html lang="${lng}" dir="${textDirection(lng)}">`)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeAttribute(page.title)}</title>`)
    .replace(/<meta name="description" content="[^"]*">/, () => `<meta name="description" content="${escapeAttribute(description)}">\n    ${links}`)
    // The content is readable without JavaScript now; the shell's "needs JavaScript" note is not true here.
    .replace(/<noscript>[\s\S]*?<\/noscript>\s*/, '')
    .replace('<div id="app"></div>', () => `<div id="app" data-lang="${lng}">${untilScript(page.html)}</div>`);
  if (!replaced.includes(`data-lang="${lng}"`) || !replaced.includes('rel="canonical"')) {
    throw new Error(`prerender: the shell dist/index.html has changed shape; ${path} (${lng}) could not be placed in it`);
  }
  return replaced;
}
