import type { NextFunction, Request, Response } from 'express';
import { currentCity } from '../../domain/city/load-city';
import { HttpError } from '../http/api-error';
import { bearerKey, hashApiKey, matchesApiKey } from '../security/api-keys';

/** The city archive that takes over closed cases (xdomea Aussonderung); unset: retention deletes. */
export interface ArchiveConfig {
  name: string;
  keyHash: Buffer;
}

/** The development archive, only with demo data, with a published key. */
export const DEMO_ARCHIVE_KEY = 'werne-demo-stadtarchiv';

/**
 * ARCHIVE_API_KEY (at least 24 characters) names the archive's key, ARCHIVE_NAME its name. Without
 * a key: the demo archive when demo data is seeded, none otherwise — then cases past their
 * retention are deleted, as before an archive was connected.
 */
export function loadArchiveConfig(env: NodeJS.ProcessEnv, seedDemoData: boolean): ArchiveConfig | undefined {
  const key = env.ARCHIVE_API_KEY;
  const name = env.ARCHIVE_NAME || `Stadtarchiv ${currentCity().name}`;
  if (!key) return seedDemoData ? { name, keyHash: hashApiKey(DEMO_ARCHIVE_KEY) } : undefined;
  if (key.length < 24) throw new Error('ARCHIVE_API_KEY: zu kurz (mindestens 24 Zeichen)');
  return { name, keyHash: hashApiKey(key) };
}

/**
 * Signs the archive's system in by its key as the `archive` role, only on the archive's paths; a
 * wrong key is a 401, never a fall-back to a cookie session.
 */
export function archiveKeyAuth(archive: ArchiveConfig | undefined) {
  return (req: Request, _res: Response, next: NextFunction) => {
    if (!req.headers.authorization || !req.path.startsWith('/archiv/')) return next();
    const key = bearerKey(req.headers.authorization);
    if (!archive || !key || !matchesApiKey(archive.keyHash, key)) return next(new HttpError(401, 'not_authenticated'));
    req.user = { id: 'archive', email: '', name: archive.name, role: 'archive', profile: {}, emailConfirmed: false };
    next();
  };
}
