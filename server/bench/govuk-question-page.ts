/**
 * The comparison page for `npm run bench:lighthouse`: a GOV.UK question page made at bench time
 * from the `govuk-frontend` package (its own rendered component fixtures, its CSS, JS, fonts and
 * images) — header, back link, error summary, a date input with an error, footer — served on
 * loopback with gzip, as GOV.UK's own servers send it. Nothing here is hand-styled.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const GOVUK = path.join(path.dirname(require.resolve('govuk-frontend/package.json')), 'dist', 'govuk');

function fixture(component: string, name: string): string {
  const { fixtures } = JSON.parse(readFileSync(path.join(GOVUK, 'components', component, 'fixtures.json'), 'utf8')) as { fixtures: { name: string; html: string }[] };
  const found = fixtures.find((f) => f.name === name);
  if (!found) throw new Error(`govuk-frontend has no fixture "${name}" of ${component}`);
  return found.html;
}

export function govukQuestionPage(): string {
  const summary = fixture('error-summary', 'default')
    .replace('The date your passport was issued must be in the past', 'Date of birth must include a day, month and year')
    .replace('#example-error-1', '#dob-errors-day')
    .replace(/\s*<li>\s*<a href="#example-error-2">[^<]*<\/a>\s*<\/li>/, '');
  const dateInput = fixture('date-input', 'with errors only')
    .replace('<legend class="govuk-fieldset__legend">', '<legend class="govuk-fieldset__legend govuk-fieldset__legend--l"><h1 class="govuk-fieldset__heading">')
    .replace(/What is your date of birth\?\s*<\/legend>/, 'What is your date of birth?</h1></legend>')
    .replace('<div class="govuk-form-group">', '<div class="govuk-form-group govuk-form-group--error">')
    .replace('<div class="govuk-date-input"', '<p class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> Date of birth must include a day, month and year</p><div class="govuk-date-input"');
  return `<!DOCTYPE html>
<html lang="en" class="govuk-template">
<head>
<meta charset="utf-8">
<title>Error: What is your date of birth? – Apply for a passport – GOV.UK</title>
<meta name="description" content="Apply for a passport: your date of birth">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="theme-color" content="#0b0c0c">
<link rel="icon" sizes="48x48" href="/assets/images/favicon.ico">
<link rel="stylesheet" href="/govuk-frontend.min.css">
</head>
<body class="govuk-template__body">
<script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>
<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
${fixture('header', 'default')}
<div class="govuk-width-container">
${fixture('back-link', 'default')}
<main class="govuk-main-wrapper" id="main-content">
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
${summary}
<form method="post" novalidate>
${dateInput}
<button type="submit" class="govuk-button" data-module="govuk-button">Continue</button>
</form>
</div></div>
</main>
</div>
${fixture('footer', 'default')}
<script type="module">import { initAll } from '/govuk-frontend.min.js'; initAll();</script>
</body>
</html>`;
}

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

/** Serves the page at `/` and the package's files beside it; text gzip-compressed. */
export async function serveGovukPage(): Promise<{ url: string; stop(): Promise<void> }> {
  const page = gzipSync(govukQuestionPage(), { level: 9 });
  const files = new Map<string, { type: string; body: Buffer; gzip: boolean }>();
  const load = (urlPath: string) => {
    if (files.has(urlPath)) return files.get(urlPath);
    const file = path.join(GOVUK, path.normalize(urlPath).replace(/^[/\\]+/, ''));
    if (!file.startsWith(GOVUK + path.sep)) return undefined;
    try {
      const raw = readFileSync(file);
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      const text = /^text\/|svg/.test(type);
      const entry = { type, body: text ? gzipSync(raw, { level: 9 }) : raw, gzip: text };
      files.set(urlPath, entry);
      return entry;
    } catch {
      return undefined;
    }
  };
  const server = http.createServer((req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://x').pathname;
    const entry = urlPath === '/' ? { type: 'text/html; charset=utf-8', body: page, gzip: true } : load(urlPath);
    if (!entry) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'Content-Type': entry.type,
      ...(entry.gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
      'Cache-Control': urlPath === '/' ? 'no-cache' : 'public, max-age=31536000, immutable',
    });
    res.end(entry.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
