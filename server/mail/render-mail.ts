import { currentCity } from '../../domain/city/load-city';
import { INTL_LOCALES } from '../../domain/i18n/intl-locales';
import { translator, type Language } from '../http/i18n';
import type { MailKind, MailParams } from './outbox';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * Plain text plus simple HTML of the same words, in the recipient's language (texts in
 * `locales/<lng>/mail.json`). Only the link and a reference number are filled in, and for a
 * reminder the date, time, place and a list of catalogue words (what to bring): a mail carries no
 * more of a case than BundID's Postfach does ("there is news, here is the link").
 */
export function renderMail(kind: MailKind, language: Language, params: MailParams): RenderedMail {
  const t = translator(language);
  const values = { minutes: params.minutes ?? 0, hours: params.hours ?? 0, reference: params.reference ?? '', ...reminderValues(language, params) };
  const subject = t(`mail:${kind}.subject`, values);
  const intro = t(`mail:${kind}.intro`, values);
  const outro = t(`mail:${kind}.outro`, values);
  const list = (params.items ?? []).map((key) => t(key));
  const listTitle = list.length ? t(`mail:${kind}.list`, values) : '';
  const action = params.link ? t(`mail:${kind}.action`, values) : undefined;
  const greeting = t('mail:greeting');
  const signature = t('mail:signature');
  const automatic = t('mail:automatic');
  const dir = language === 'ar' ? 'rtl' : 'ltr';
  const lang = language === 'de-x-easy' ? 'de' : language;

  const text = [greeting, intro, ...(list.length ? [`${listTitle}\n${list.map((i) => `- ${i}`).join('\n')}`] : []), ...(action && params.link ? [`${action}:\n${params.link}`] : []), outro, `-- \n${signature}\n${automatic}`]
    .filter(Boolean)
    .join('\n\n');
  const paragraph = (s: string) => (s ? `<p>${escapeHtml(s)}</p>` : '');
  const html = `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family:Arial,sans-serif;font-size:16px;line-height:1.5;color:#0b0c0c;max-width:40rem">
${paragraph(greeting)}
${paragraph(intro)}
${list.length ? `${paragraph(listTitle)}<ul>${list.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>` : ''}
${action && params.link ? `<p><a href="${escapeHtml(params.link)}" style="color:${currentCity().colours.link};font-weight:bold">${escapeHtml(action)}</a></p>` : ''}
${paragraph(outro)}
<p style="color:#505a5f">${escapeHtml(signature)}<br>${escapeHtml(automatic)}</p>
</body></html>`;
  return { subject, text, html };
}

/** A reminder's date, time, place and amount, written as the recipient's language writes them. */
function reminderValues(language: Language, params: MailParams): Record<string, string> {
  const locale = INTL_LOCALES[language];
  const [y, m, d] = (params.date ?? '').split('-').map(Number);
  const date = params.date ? new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(Date.UTC(y, m - 1, d))) : '';
  const amount = params.amountCents !== undefined ? new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(params.amountCents / 100) : '';
  return { date, time: params.time ?? '', place: params.placeKey ? translator(language)(params.placeKey) : (params.place ?? ''), amount };
}
