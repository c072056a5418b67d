import type { TFunction } from 'i18next';
import type { StaffRefusal } from './staff-accounts';

export type StaffLoginFailure = StaffRefusal | 'noTransaction' | 'failed' | 'unreachable';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The page a refused staff login answers (4xx, no session): the browser comes from the provider, so a readable page with the way back. */
export function refusedStaffLoginPage(t: TFunction, lang: string, reason: StaffLoginFailure): string {
  const title = t('account:staffLogin.failed.title');
  return `<!doctype html>
<html lang="${lang === 'de-x-easy' ? 'de' : escapeHtml(lang)}"${lang === 'ar' ? ' dir="rtl"' : ''}>
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head>
<body><main>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(t(`account:staffLogin.failed.${reason}`))}</p>
<p><a href="/anmelden">${escapeHtml(t('account:staffLogin.failed.again'))}</a></p>
</main></body></html>`;
}
