import { statSync } from 'node:fs';
import path from 'node:path';
import type { NextFunction, Request, Response } from 'express';

/** Preferred first: brotli is ~15 % smaller than gzip on this app's scripts. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/**
 * Serves the build's precompressed copy of a file (client/build/precompress.ts) to a browser
 * that accepts it. `Vary: Accept-Encoding` goes on every answer for a file that has copies — the
 * uncompressed one too — so no cache hands a brotli body to a client that did not ask for it.
 * `send` keeps a Content-Type already set, so the type is the original file's, not `.br`'s.
 */
export function sendPrecompressed(req: Request, res: Response, file: string, setHeaders: (res: Response, file: string) => void): boolean {
  const original = statSync(file, { throwIfNoEntry: false });
  if (!original?.isFile()) return false;
  // A copy older than its file is stale (the file was replaced after the build, e.g. a patched
  // sw.js): never serve it, or browsers would keep running the old version.
  const available = ENCODINGS.filter((e) => (statSync(file + e.suffix, { throwIfNoEntry: false })?.mtimeMs ?? -1) >= original.mtimeMs);
  if (!available.length) return false;
  res.vary('Accept-Encoding');
  // Our order, not the header's: browsers list `gzip, deflate, br` with equal weight.
  const encoding = available.find((e) => req.acceptsEncodings(e.name) === e.name);
  if (!encoding) return false;
  res.type(path.extname(file));
  res.setHeader('Content-Encoding', encoding.name);
  setHeaders(res, file);
  res.sendFile(file + encoding.suffix);
  return true;
}

/** For GET and HEAD of a built file: its precompressed copy when there is one, else `next`. */
export function precompressedFiles(distDir: string, setHeaders: (res: Response, file: string) => void) {
  const root = path.resolve(distDir);
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    let relative: string;
    try {
      relative = decodeURIComponent(req.path);
    } catch {
      return next();
    }
    const file = path.join(root, relative);
    // Outside the build folder (`..`), or a folder: express.static answers as before.
    if (!file.startsWith(root + path.sep) || !path.extname(file)) return next();
    if (!sendPrecompressed(req, res, file, setHeaders)) next();
  };
}
