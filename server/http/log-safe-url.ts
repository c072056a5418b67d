/** Query parameters that carry what a person typed to find someone (a name, a street): never logged. */
const PERSONAL_PARAMS = ['q'];

/** The address as the request log keeps it: search words replaced, the rest (filters, page) kept for diagnosis. */
export function logSafeUrl(url: string | undefined): string | undefined {
  if (!url || !url.includes('?')) return url;
  const [path, query] = url.split('?', 2);
  const params = new URLSearchParams(query);
  for (const name of PERSONAL_PARAMS) if (params.has(name)) params.set(name, '[redacted]');
  return `${path}?${params.toString()}`;
}

/** pino-http's request serializer with the address made safe (it is given the standard serialized request). */
export function logSafeRequest<T extends { url?: string; query?: Record<string, unknown> }>(req: T): T {
  req.url = logSafeUrl(req.url);
  // Express's parsed query is logged beside the address.
  if (req.query && PERSONAL_PARAMS.some((name) => name in req.query!)) {
    req.query = { ...req.query, ...Object.fromEntries(PERSONAL_PARAMS.filter((name) => name in req.query!).map((name) => [name, '[redacted]'])) };
  }
  return req;
}
