import { LANGUAGES, translator, type Language } from '../../http/i18n';
import type { CaughtMail } from './dev-mailbox';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function pickLanguage(acceptLanguage: string | undefined): Language {
  const asked = (acceptLanguage ?? '').split(',').map((part) => part.split(';')[0].trim().toLowerCase());
  return asked.map((a) => LANGUAGES.find((l) => l === a) ?? LANGUAGES.find((l) => l === a.split('-')[0])).find((l) => l) ?? 'de';
}

/** The text part with its links clickable: what the person would click in their mail program. */
function textWithLinks(text: string): string {
  return escapeHtml(text).replace(/https?:\/\/[^\s<>"]+/g, (url) => `<a href="${url}">${url}</a>`);
}

const STYLE = `body{font-family:system-ui,sans-serif;line-height:1.5;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#0b0c0c}
article{border-top:2px solid #b1b4b6;padding:1rem 0}dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0 0 1rem}
dt{font-weight:bold}dd{margin:0}pre{white-space:pre-wrap;font-family:inherit;background:#f3f2f1;padding:1rem;margin:0}
a{color:#1d70b8}a:focus{outline:3px solid #fd0;background:#fd0;color:#0b0c0c}`;

/** Plain HTML, no script: the caught mails, newest first, in the developer's language. */
export function mailboxPage(mails: CaughtMail[], acceptLanguage: string | undefined): string {
  const lng = pickLanguage(acceptLanguage);
  const t = translator(lng);
  const items = mails
    .map(
      (m) => `<article aria-labelledby="mail-${m.id}"><h2 id="mail-${m.id}">${escapeHtml(m.subject)}</h2>
<dl><dt>${escapeHtml(t('dev-mailbox:to'))}</dt><dd>${escapeHtml(m.to.join(', '))}</dd>
<dt>${escapeHtml(t('dev-mailbox:from'))}</dt><dd>${escapeHtml(m.from)}</dd>
<dt>${escapeHtml(t('dev-mailbox:received'))}</dt><dd><time datetime="${m.receivedAt}">${escapeHtml(new Date(m.receivedAt).toLocaleString(lng === 'de-x-easy' ? 'de' : lng, { timeZone: 'Europe/Berlin' }))}</time></dd></dl>
<pre>${textWithLinks(m.text)}</pre></article>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${lng === 'de-x-easy' ? 'de' : lng}" dir="${lng === 'ar' ? 'rtl' : 'ltr'}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t('dev-mailbox:title'))}</title><style>${STYLE}</style></head>
<body><main><h1>${escapeHtml(t('dev-mailbox:title'))}</h1><p>${escapeHtml(t('dev-mailbox:intro'))}</p>
${items || `<p>${escapeHtml(t('dev-mailbox:empty'))}</p>`}</main></body></html>`;
}
