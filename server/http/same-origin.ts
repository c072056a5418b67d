import type { NextFunction, Request, Response } from 'express';
import { HttpError } from './api-error';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * CSRF defence for every state-changing request, whatever its body: a cross-site POST with an
 * empty url-encoded body once deactivated a staff account, because the JSON-only rule lets
 * empty bodies through. Browsers name the page that sent a request in `Origin` (every current
 * browser on every POST/PUT/PATCH/DELETE) or at least in `Sec-Fetch-Site`; anything but our own
 * origin is refused. A request with neither comes from a program (curl, an integrator's server),
 * which cannot carry a victim's session cookie, so it is not a CSRF vector and passes.
 * The payment provider's webhook is mounted before this check: it is server-to-server and signed.
 */
export function sameOriginOnly(origins: () => readonly string[]) {
  return (req: Request, _res: Response, next: NextFunction) => {
    if (!STATE_CHANGING.has(req.method)) return next();
    const origin = req.get('origin');
    if (origin !== undefined) {
      return origins().includes(origin) ? next() : next(new HttpError(403, 'cross_site_request'));
    }
    const site = req.get('sec-fetch-site');
    // "none": typed by the person (address bar, bookmark), never a page of another site.
    if (site !== undefined && site !== 'same-origin' && site !== 'none') return next(new HttpError(403, 'cross_site_request'));
    next();
  };
}
