import pino from 'pino';

/** Structured JSON logs; never log request bodies (they hold citizens' personal data). */
export function createLogger(level: string) {
  return pino({ level, base: { app: 'buergerportal' }, redact: ['req.headers.cookie', 'req.headers.authorization'] });
}

export type Logger = ReturnType<typeof createLogger>;
