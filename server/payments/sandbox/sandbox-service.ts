import { timingSafeEqual } from 'node:crypto';
import type { Server } from 'node:http';
import express, { type NextFunction, type Request, type Response } from 'express';
import { LANGUAGES, requestLanguage, translator, type Language } from '../../http/i18n';
import { PROVIDER_METHODS, type PaymentRequest, type ProviderMethod } from '../provider';
import { closedPage, paymentPage } from './hosted-page';
import { IdempotencyMismatchError, publicInformation, SandboxPayments, type PayerChoice } from './sandbox-payments';
import { readPaymentRequest } from './read-payment-request';
import { DEFAULT_WEBHOOK_BEHAVIOUR, WebhookSender, type WebhookBehaviour } from './webhook-sender';

export interface SandboxOptions {
  /** Bearer key the portal sends with every API call. */
  apiKey: string;
  /** Secret the notifications are signed with (HMAC-SHA256). */
  webhookSecret: string;
  host?: string;
  /** 0: any free port. */
  port?: number;
  /** Minutes until an unfinished payment expires (30, like the issue asks). */
  expiryMinutes?: number;
  /** How often expired payments are swept and notified. */
  sweepMs?: number;
  webhooks?: Partial<WebhookBehaviour>;
  /** The sandbox's clock; tests move it on with `advanceClock`. */
  now?: () => Date;
  random?: () => number;
}

export interface SandboxProvider {
  url: string;
  payments: SandboxPayments;
  webhooks: WebhookSender;
  /** Lets time pass for the sandbox only (expiry tests). */
  advanceClock(ms: number): void;
  stop(): Promise<void>;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function pageLanguage(req: Request, fallback?: string): Language {
  const asked = String(req.query.lang ?? (req.body as Record<string, unknown> | undefined)?.lang ?? fallback ?? '');
  return (LANGUAGES as readonly string[]).includes(asked) ? (asked as Language) : requestLanguage(req);
}

/**
 * The built-in ePayment sandbox: a small provider of its own on loopback, speaking the same HTTP
 * API a real provider adapter would (create with Idempotency-Key, status, open list), with a
 * hosted page where the tester picks the outcome, and signed, retried, at-least-once webhooks.
 */
export async function startSandboxProvider(options: SandboxOptions): Promise<SandboxProvider> {
  let offsetMs = 0;
  const baseNow = options.now ?? (() => new Date());
  const now = () => new Date(baseNow().getTime() + offsetMs);
  const webhooks = new WebhookSender(options.webhookSecret, { ...DEFAULT_WEBHOOK_BEHAVIOUR, ...options.webhooks }, options.random);
  let baseUrl = '';
  const payments = new SandboxPayments({
    now,
    expiryMs: (options.expiryMinutes ?? 30) * 60_000,
    pageUrl: (id) => `${baseUrl}/pay/${id}`,
    onChange: (p) => webhooks.send(p.notifyUrl, publicInformation(p)),
  });

  const app = express();
  app.disable('x-powered-by');
  app.use((_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // No form-action: the hosted page's form ends in a redirect to the portal, another origin.
    res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'");
    next();
  });
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  const api = express.Router();
  api.use((req, res, next) => {
    const auth = req.get('authorization') ?? '';
    if (!auth.startsWith('Bearer ') || !sameSecret(auth.slice(7), options.apiKey)) return res.status(401).json({ error: 'unauthorized' });
    next();
  });
  api.use(express.json({ limit: '64kb' }));
  api.post('/payments', (req, res) => {
    const key = req.get('idempotency-key') ?? '';
    if (!/^[\w.:-]{8,200}$/.test(key)) return res.status(400).json({ error: 'idempotencyKeyRequired' });
    const request: PaymentRequest | string = readPaymentRequest(req.body);
    if (typeof request === 'string') return res.status(422).json({ error: 'invalidRequest', field: request });
    try {
      const { payment, created } = payments.create(request, key);
      res.status(created ? 201 : 200).json(publicInformation(payment));
    } catch (err) {
      if (err instanceof IdempotencyMismatchError) return res.status(422).json({ error: 'idempotencyKeyReused' });
      throw err;
    }
  });
  api.get('/payments', (req, res) => {
    if (req.query.status !== 'INITIAL') return res.status(400).json({ error: 'statusFilterRequired' });
    res.json({ payments: payments.listOpen().map(publicInformation) });
  });
  api.get('/payments/:id', (req, res) => {
    const payment = payments.get(req.params.id);
    if (!payment) return res.status(404).json({ error: 'notFound' });
    res.json(publicInformation(payment));
  });
  app.use('/api/v1', api);

  app.get('/pay/:id', (req, res) => {
    const payment = payments.get(req.params.id);
    const lang = pageLanguage(req, payment?.language);
    const t = translator(lang);
    res.type('html');
    if (!payment || payment.status !== 'INITIAL') return res.status(payment ? 410 : 404).send(closedPage(t, lang, payment));
    res.send(paymentPage(t, lang, payment));
  });
  app.post('/pay/:id', express.urlencoded({ extended: false, limit: '4kb' }), (req, res) => {
    const body = req.body as Record<string, string>;
    const choice = (['success', 'failure', 'cancel'] as const).find((c) => c === body.outcome) as PayerChoice | undefined;
    const method = (PROVIDER_METHODS as readonly string[]).includes(body.method) ? (body.method as ProviderMethod) : 'CREDITCARD';
    const before = payments.get(req.params.id);
    const payment = choice ? payments.choose(req.params.id, choice, method) : undefined;
    if (!payment) {
      const lang = pageLanguage(req, before?.language);
      return res.status(before ? 409 : 404).type('html').send(closedPage(translator(lang), lang, before));
    }
    // Back to the portal; the address carries no outcome, the portal asks for it.
    res.redirect(303, payment.redirectUrl);
  });
  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status = (err as { status?: number }).status ?? 500;
    res.status(status >= 400 && status < 600 ? status : 500).json({ error: 'failed' });
  });

  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve(s));
    s.once('error', reject);
  });
  const address = server.address();
  baseUrl = `http://${options.host ?? '127.0.0.1'}:${typeof address === 'object' && address ? address.port : options.port}`;
  const sweeper = setInterval(() => payments.expireDue(), options.sweepMs ?? 30_000);
  sweeper.unref();
  return {
    url: baseUrl,
    payments,
    webhooks,
    advanceClock(ms: number) {
      offsetMs += ms;
    },
    async stop() {
      clearInterval(sweeper);
      webhooks.stop();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}
