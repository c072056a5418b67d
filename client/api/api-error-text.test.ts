import { describe, expect, it } from 'vitest';
import { ApiRequestError, NetworkError } from './api-client';
import { describeApiFailure } from './api-error-text';

const known: Record<string, string> = {
  'common:fieldErrors.password.tooShort': 'Das Passwort ist zu kurz.',
  'common:apiErrors.invalid_credentials': 'E-Mail oder Passwort stimmen nicht.',
  'common:apiErrors.offline': 'Keine Verbindung.',
  'common:apiErrors.unknown': 'Etwas ist schiefgegangen.',
};
const t = (key: string | string[], options?: Record<string, unknown>) => {
  for (const k of Array.isArray(key) ? key : [key]) if (known[k]) return known[k];
  return String(options?.defaultValue ?? key);
};

describe('describeApiFailure', () => {
  it('words field problems with our texts, else the server sentence', () => {
    const error = new ApiRequestError(400, {
      error: 'validation_failed',
      message: 'Bitte prüfen Sie Ihre Angaben.',
      problems: [
        { field: 'password', code: 'tooShort' },
        { field: 'name', code: 'weird', message: 'Name seltsam.' },
      ],
    });
    expect(describeApiFailure(t, error)).toEqual([
      { field: 'password', text: 'Das Passwort ist zu kurz.' },
      { field: 'name', text: 'Name seltsam.' },
    ]);
  });

  it('words whole-request errors by code, and unknown codes by the server message', () => {
    expect(describeApiFailure(t, new ApiRequestError(401, { error: 'invalid_credentials', message: 'x' }))).toEqual([
      { text: 'E-Mail oder Passwort stimmen nicht.' },
    ]);
    expect(describeApiFailure(t, new ApiRequestError(418, { error: 'teapot', message: 'Ich bin eine Teekanne.' }))).toEqual([
      { text: 'Ich bin eine Teekanne.' },
    ]);
  });

  it('says when the server could not be reached', () => {
    expect(describeApiFailure(t, new NetworkError(new TypeError('Failed to fetch')))).toEqual([{ text: 'Keine Verbindung.' }]);
  });
});
