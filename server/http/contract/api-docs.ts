import { API, isRawBody, type Endpoint } from '../../../domain/api';
import { describeAccess } from './openapi';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function fields(title: string, schema: unknown): string {
  const s = schema as { properties?: Record<string, Record<string, unknown>>; required?: string[] } | undefined;
  if (!s?.properties || !Object.keys(s.properties).length) return '';
  const rows = Object.entries(s.properties)
    .map(([name, p]) => {
      const rules = Object.entries(p)
        .filter(([k]) => k !== 'type')
        .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
        .join('; ');
      return `<tr><th scope="row"><code>${escape(name)}</code></th><td>${escape(JSON.stringify(p.type ?? 'any'))}</td><td>${s.required?.includes(name) ? 'yes' : 'no'}</td><td>${escape(rules)}</td></tr>`;
    })
    .join('');
  return `<table><caption>${escape(title)}</caption><thead><tr><th scope="col">Field</th><th scope="col">Type</th><th scope="col">Required</th><th scope="col">Rules</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function section(e: Endpoint): string {
  const body = e.body && isRawBody(e.body) ? `<p>Body: raw <code>${escape(e.body.raw.join(', '))}</code>, at most ${e.body.maxBytes} bytes.</p>` : fields('Body (JSON)', e.body);
  return `<section aria-labelledby="${escape(e.id)}"><h3 id="${escape(e.id)}"><code>${e.method} ${escape(e.path)}</code></h3>
<p>${escape(e.summary)}</p><p>Who may call it: ${escape(describeAccess(e.access))}.</p>
${fields('Path parameters', e.params)}${fields('Query parameters', e.query)}${body}
<p>Success: ${e.response.status}${e.response.type === 'none' ? '' : `, <code>${escape(e.response.type)}</code>`}.</p></section>`;
}

/**
 * The reference page for the city's integrators: plain server-rendered HTML, no script and no
 * inline style (the app's CSP forbids both), readable by a screen reader as it is.
 */
export function apiDocsPage(): string {
  const tags = [...new Set(API.map((e) => e.tag))];
  const toc = tags.map((t) => `<li><a href="#tag-${t}">${t}</a></li>`).join('');
  const parts = tags.map((t) => `<section aria-labelledby="tag-${t}"><h2 id="tag-${t}">${t}</h2>${API.filter((e) => e.tag === t).map(section).join('\n')}</section>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Bürgerportal API reference</title></head>
<body><header><h1>Bürgerportal API reference</h1>
<p>${API.length} endpoints. Machine-readable: <a href="/api/openapi.json">OpenAPI 3.1 document</a>. Every field not listed is refused with <code>400 unknown_field</code>; errors answer <code>{ error, message, field?, problems? }</code>.</p>
<nav aria-label="Areas"><ul>${toc}</ul></nav></header>
<main>${parts}</main></body></html>`;
}
