import type { TFunction } from 'i18next';
import { formatEuro } from '../../../domain/catalogue/fee';
import { formatRfReference } from '../../../domain/payments/rf-reference';
import { PROVIDER_METHODS } from '../provider';
import type { SandboxPayment } from './sandbox-payments';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

// Plain HTML, no script: it works with any browser and screen reader; the focus ring is
// GOV.UK's yellow so keyboard users always see where they are.
const STYLE = `body{font-family:system-ui,sans-serif;line-height:1.5;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#0b0c0c}
.note{border-left:5px solid #1d70b8;padding:.5rem 1rem;background:#f3f2f1}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:bold}dd{margin:0}
fieldset{border:0;padding:0;margin:1.5rem 0}legend{font-weight:bold;font-size:1.2rem}
.choice{margin:.5rem 0}.choice input{width:1.5rem;height:1.5rem;vertical-align:middle}
button{font-size:1.1rem;padding:.6rem 1rem;margin:.5rem .5rem .5rem 0;border:2px solid #0b0c0c;border-radius:0;background:#fff;cursor:pointer}
button.primary{background:#00703c;color:#fff;border-color:#00703c}
a:focus,button:focus,input:focus{outline:3px solid #fd0;box-shadow:0 0 0 6px #0b0c0c}`;

function layout(lang: string, title: string, body: string): string {
  return `<!doctype html>
<html lang="${escapeHtml(lang === 'de-x-easy' ? 'de' : lang)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><main>${body}</main></body></html>`;
}

function berlinTime(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'de-DE', { timeZone: 'Europe/Berlin', dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** The page where the tester decides how the payment ends. */
export function paymentPage(t: TFunction, lang: string, payment: SandboxPayment): string {
  const title = t('payment-sandbox:title');
  const methods = PROVIDER_METHODS.map(
    (m, i) => `<div class="choice"><input type="radio" id="method-${m}" name="method" value="${m}"${i === 0 ? ' checked' : ''}>
<label for="method-${m}">${escapeHtml(t(`payment-sandbox:methods.${m}`))}</label></div>`,
  ).join('\n');
  return layout(
    lang,
    title,
    `<h1>${escapeHtml(title)}</h1>
<p class="note">${escapeHtml(t('payment-sandbox:intro'))}</p>
<dl>
<dt>${escapeHtml(t('payment-sandbox:description'))}</dt><dd>${escapeHtml(payment.description)}</dd>
<dt>${escapeHtml(t('payment-sandbox:amount'))}</dt><dd>${escapeHtml(formatEuro(payment.amountCents, lang))}</dd>
<dt>${escapeHtml(t('payment-sandbox:reference'))}</dt><dd>${escapeHtml(formatRfReference(payment.reference))}</dd>
<dt>${escapeHtml(t('payment-sandbox:expiresAt'))}</dt><dd>${escapeHtml(berlinTime(payment.expiresAt, lang))}</dd>
</dl>
<form method="post" action="/pay/${encodeURIComponent(payment.transactionId)}">
<input type="hidden" name="lang" value="${escapeHtml(lang)}">
<fieldset><legend>${escapeHtml(t('payment-sandbox:method'))}</legend>
${methods}
</fieldset>
<button type="submit" name="outcome" value="success" class="primary">${escapeHtml(t('payment-sandbox:choices.success'))}</button>
<button type="submit" name="outcome" value="failure">${escapeHtml(t('payment-sandbox:choices.failure'))}</button>
<button type="submit" name="outcome" value="cancel">${escapeHtml(t('payment-sandbox:choices.cancel'))}</button>
</form>`,
  );
}

/** A payment that can no longer be decided: says why and leads back to the portal. */
export function closedPage(t: TFunction, lang: string, payment: SandboxPayment | undefined): string {
  const title = t('payment-sandbox:title');
  const why = !payment ? 'notFound' : payment.statusReason === 'EXPIRED' ? 'expired' : 'closed';
  const back = payment ? `<p><a href="${escapeHtml(payment.redirectUrl)}">${escapeHtml(t('payment-sandbox:back'))}</a></p>` : '';
  return layout(lang, title, `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(t(`payment-sandbox:${why}`))}</p>\n${back}`);
}
