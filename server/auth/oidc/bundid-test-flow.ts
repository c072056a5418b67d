/**
 * Test support: a BundID login driven over HTTP the way a browser does it (redirects followed by
 * hand, one cookie jar per site), through the real identity sandbox. Stops at the callback URL so
 * tests can deliver it, tamper with it or deliver it twice.
 */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  take(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = pair.split('=');
      if (value.join('=') === '' || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value.join('='));
    }
  }

  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  get(name: string): string | undefined {
    return this.cookies.get(name);
  }

  set(name: string, value: string): void {
    this.cookies.set(name, value);
  }
}

export async function send(jar: CookieJar, url: string, init: RequestInit = {}): Promise<Response> {
  const res = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), Cookie: jar.header() } });
  jar.take(res);
  return res;
}

function location(res: Response, base: string): string {
  const to = res.headers.get('location');
  if (!to) throw new Error(`expected a redirect from ${base}, got ${res.status}`);
  return new URL(to, base).href;
}

/** Start at the portal, choose person and level at the sandbox: the callback URL the provider sends the browser to. */
export async function loginAtSandbox(
  portalUrl: string,
  portal: CookieJar,
  choice: { person: string; level: string; query?: string },
  sandbox = new CookieJar(),
): Promise<string> {
  const start = await send(portal, `${portalUrl}/api/auth/bundid/start${choice.query ? `?${choice.query}` : ''}`);
  if (start.status !== 303) throw new Error(`start answered ${start.status}: ${await start.text()}`);
  let url = location(start, portalUrl);
  // Authorization endpoint → interaction page.
  url = location(await send(sandbox, url), url);
  const page = await send(sandbox, url);
  if (page.status !== 200) throw new Error(`interaction page ${page.status}`);
  const form = new URLSearchParams({ person: choice.person, level: choice.level });
  const posted = await send(sandbox, url, { method: 'POST', body: form, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
  url = location(posted, url);
  // Resume at the authorization endpoint → back to the portal with code and state.
  for (let hop = 0; hop < 5 && !url.startsWith(portalUrl); hop++) url = location(await send(sandbox, url), url);
  if (!url.startsWith(portalUrl)) throw new Error(`never came back to the portal: ${url}`);
  return url;
}
