import { apiFetch, isUnauthenticated, type ApiOptions } from '../api/api-client';
import { handleUnauthenticated } from './session';

/**
 * An API call of the pages that work online only (clerks, Fundbüro, administration). A 401 means
 * the server ended the session, so the device signs out too and the next page asks for a login.
 */
export async function sessionFetch<T>(path: string, options: ApiOptions = {}): Promise<T> {
  try {
    return await apiFetch<T>(path, options);
  } catch (error) {
    if (isUnauthenticated(error)) handleUnauthenticated();
    throw error;
  }
}
