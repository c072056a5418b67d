import type { TFunction } from 'i18next';
import { TRUST_LEVELS, type TrustLevel } from '../../domain/account/trust-level';
import type { Language } from '../http/i18n';
import { TEST_PERSONS } from './test-persons';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

// Plain HTML, no script: works with any browser and screen reader; GOV.UK's yellow focus ring.
const STYLE = `body{font-family:system-ui,sans-serif;line-height:1.5;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#0b0c0c}
.note{border-left:5px solid #1d70b8;padding:.5rem 1rem;background:#f3f2f1}
fieldset{border:0;padding:0;margin:1.5rem 0}legend{font-weight:bold;font-size:1.2rem}
.choice{margin:.5rem 0}.choice input{width:1.5rem;height:1.5rem;vertical-align:middle}
button{font-size:1.1rem;padding:.6rem 1rem;margin:.5rem .5rem .5rem 0;border:2px solid #00703c;border-radius:0;background:#00703c;color:#fff;cursor:pointer}
a:focus,button:focus,input:focus{outline:3px solid #fd0;box-shadow:0 0 0 6px #0b0c0c}`;

function layout(lang: Language, title: string, body: string): string {
  const dir = lang === 'ar' ? ' dir="rtl"' : '';
  return `<!doctype html>
<html lang="${lang === 'de-x-easy' ? 'de' : lang}"${dir}>
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><main>${body}</main></body></html>`;
}

/** The sandbox's login: the tester picks a test person and the trust level of this login. */
export function loginPage(t: TFunction, lang: Language, uid: string, preset: TrustLevel): string {
  const title = t('identity-sandbox:title');
  const persons = TEST_PERSONS.map(
    (p, i) => `<div class="choice"><input type="radio" id="person-${i}" name="person" value="${escapeHtml(p.sub)}"${i === 0 ? ' checked' : ''}>
<label for="person-${i}">${escapeHtml(`${p.given_name} ${p.family_name}, ${p.address.street_address}, ${p.address.postal_code} ${p.address.locality}`)}</label></div>`,
  ).join('\n');
  const levels = TRUST_LEVELS.map(
    (level) => `<div class="choice"><input type="radio" id="level-${level}" name="level" value="${level}"${level === preset ? ' checked' : ''}>
<label for="level-${level}">${escapeHtml(t(`identity-sandbox:levels.${level}`))}</label></div>`,
  ).join('\n');
  return layout(
    lang,
    title,
    `<h1>${escapeHtml(title)}</h1>
<p class="note">${escapeHtml(t('identity-sandbox:intro'))}</p>
<form method="post" action="/interaction/${encodeURIComponent(uid)}">
<fieldset><legend>${escapeHtml(t('identity-sandbox:person'))}</legend>
${persons}
</fieldset>
<fieldset><legend>${escapeHtml(t('identity-sandbox:level'))}</legend>
${levels}
</fieldset>
<button type="submit">${escapeHtml(t('identity-sandbox:submit'))}</button>
</form>`,
  );
}

/** Asked before a logout the portal started: oidc-provider's form, with our words around it. */
export function logoutPage(t: TFunction, lang: Language, form: string): string {
  const title = t('identity-sandbox:logout.title');
  return layout(
    lang,
    title,
    `<h1>${escapeHtml(title)}</h1>
${form}
<button type="submit" form="op.logoutForm" value="yes" name="logout">${escapeHtml(t('identity-sandbox:logout.confirm'))}</button>`,
  );
}

export function loggedOutPage(t: TFunction, lang: Language): string {
  const title = t('identity-sandbox:logout.done');
  return layout(lang, title, `<h1>${escapeHtml(title)}</h1>`);
}

export function errorPage(t: TFunction, lang: Language, message: string): string {
  const title = t('identity-sandbox:error');
  return layout(lang, title, `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>`);
}
