import type { ApiError } from '../../domain/sync/sync-protocol';

/** The server answered, but not with 2xx. Carries the server's ApiError body when it sent one. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiError,
  ) {
    super(`${status} ${body.error}: ${body.message}`);
    this.name = 'ApiRequestError';
  }
}

/** The server could not be reached at all (offline, DNS, server down, aborted). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : 'network error');
    this.name = 'NetworkError';
  }
}

function isApiError(value: unknown): value is ApiError {
  return !!value && typeof value === 'object' && typeof (value as ApiError).error === 'string';
}

/** Reads an error body; proxies and crashed servers answer with HTML or nothing at all. */
async function readErrorBody(response: Response): Promise<ApiError> {
  try {
    const body: unknown = await response.json();
    if (isApiError(body)) return { ...body, message: typeof body.message === 'string' ? body.message : '' };
  } catch {
    // fall through to a generic error
  }
  const error = response.status === 401 ? 'not_authenticated' : response.status >= 500 ? 'store_unavailable' : 'http_' + response.status;
  return { error, message: '' };
}

function currentLanguage(): string {
  return (typeof document !== 'undefined' && document.documentElement.lang) || 'de';
}

export interface ApiOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
  /** Further request headers, e.g. `Idempotency-Key` when starting a payment. */
  headers?: Record<string, string>;
}

/**
 * JSON call to our own server. Throws ApiRequestError on any non-2xx answer and NetworkError when
 * nothing came back, so callers (and RxDB's replication, which retries on throw) never mistake a
 * failure for an empty answer.
 */
export async function apiFetch<T>(path: string, options: ApiOptions = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
      credentials: 'same-origin',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        // The server words its error messages in the language the page is shown in.
        'Accept-Language': currentLanguage(),
        ...options.headers,
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
      cache: 'no-store',
    });
  } catch (cause) {
    throw new NetworkError(cause);
  }
  if (!response.ok) throw new ApiRequestError(response.status, await readErrorBody(response));
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export function isUnauthenticated(error: unknown): boolean {
  return error instanceof ApiRequestError && error.status === 401;
}
