import helmet from 'helmet';

/**
 * Strict headers: the app ships no inline script or style, so the CSP can forbid both; no
 * third-party frames (this also keeps RxDB's dev-mode iframe out should it ever sneak in).
 */
export function securityHeaders(options: { https: boolean }) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        frameSrc: ["'none'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        ...(options.https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    // HSTS only makes sense behind HTTPS; on http://localhost it would break the demo.
    strictTransportSecurity: options.https,
    crossOriginEmbedderPolicy: false,
  });
}
