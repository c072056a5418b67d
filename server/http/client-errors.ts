/**
 * Errors thrown by Express, its body parsers or the router that are the caller's fault, as the
 * status and problem code they answer with. Each once answered 500 ("internal"): a malformed
 * %-escape in a path (`/api/files/%E0%A4%A`), a body in an unknown charset, a broken-off body.
 */
export function clientErrorOf(err: unknown): { status: number; code: string } | undefined {
  if (err instanceof URIError) return { status: 400, code: 'invalid_uri' };
  const e = err as { status?: unknown; statusCode?: unknown; type?: unknown; expose?: unknown };
  const status = typeof e.status === 'number' ? e.status : typeof e.statusCode === 'number' ? e.statusCode : undefined;
  switch (e.type) {
    case 'entity.parse.failed':
      return { status: 400, code: 'invalid_json' };
    case 'entity.too.large':
      return { status: 413, code: 'payload_too_large' };
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return { status: 415, code: 'json_required' };
  }
  if (status === 413) return { status: 413, code: 'payload_too_large' };
  // http-errors (body parsers, router) marks what may be shown to the caller: such a 4xx is the
  // request's fault. A store error (nano's statusCode, no `expose`) is not, and stays a 500.
  if (status !== undefined && status >= 400 && status < 500 && e.expose === true) return { status, code: 'bad_request' };
  return undefined;
}
