import { expect } from 'vitest';
import { ApiClient } from './api-client';

/** A client signed in with a (seeded demo) account; fails the test at once if the login does not work. */
export async function signedIn(baseUrl: string, email: string, password: string): Promise<ApiClient> {
  const client = new ApiClient(baseUrl);
  expect((await client.login(email, password)).status, email).toBe(200);
  return client;
}
