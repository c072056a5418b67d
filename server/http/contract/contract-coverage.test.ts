import { describe, expect, it } from 'vitest';
import { API } from '../../../domain/api';
import { createApp } from '../create-app';
import { createLogger } from '../../logger';
import { registeredRoutes } from './express-routes';

/** The app as built for production, not started: only its routing table is read. */
function appRoutes(): string[] {
  const app = createApp({
    store: {} as never,
    sessions: {} as never,
    notifier: {} as never,
    payments: {} as never,
    logger: createLogger('silent'),
    distDir: '/nonexistent',
    cookieSecure: false,
    authRateLimitPerMinute: 1,
    ownOrigins: () => [],
    trustProxy: [],
    accountMail: { mailer: {} as never, secret: 'x'.repeat(32), publicBase: () => '' },
  });
  return registeredRoutes(app);
}

describe('the API contract and the app describe the same routes', () => {
  const inApp = appRoutes();
  const declared = API.map((e) => `${e.method} ${e.path}`);

  it('finds the routes of mounted routers (the walk itself works)', () => {
    expect(inApp).toContain('POST /api/auth/register');
    expect(inApp).toContain('GET /api/clerk/requests/:id/messages/:messageId/attachment');
    expect(inApp).toContain('POST /api/payments/webhook');
    expect(inApp.length).toBeGreaterThan(60);
  });

  it('every route in the app is declared in domain/api (with who may call it)', () => {
    expect(inApp.filter((r) => !declared.includes(r))).toEqual([]);
  });

  it('every declared endpoint exists in the app', () => {
    expect(declared.filter((d) => !inApp.includes(d))).toEqual([]);
  });

  it('declares each endpoint once, with a unique id', () => {
    expect(new Set(declared).size).toBe(declared.length);
    expect(new Set(API.map((e) => e.id)).size).toBe(API.length);
  });
});
