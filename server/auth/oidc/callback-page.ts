import type { TFunction } from 'i18next';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * The page a failed BundID callback answers (a 4xx, no session): the browser arrives here from
 * the provider, so it gets a readable page with the way back, not a JSON body.
 */
export function failedLoginPage(t: TFunction, lang: string, reason: string): string {
  const title = t('bundid:failed.title');
  return `<!doctype html>
<html lang="${lang === 'de-x-easy' ? 'de' : escapeHtml(lang)}"${lang === 'ar' ? ' dir="rtl"' : ''}>
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head>
<body><main>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(t(`bundid:failed.${reason}`))}</p>
<p><a href="/anmelden">${escapeHtml(t('bundid:failed.again'))}</a></p>
</main></body></html>`;
}
