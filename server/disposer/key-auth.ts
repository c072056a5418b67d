import type { NextFunction, Request, Response } from 'express';
import { HttpError } from '../http/api-error';
import { bearerKey } from '../security/api-keys';
import { companyByKey, type DisposerCompany } from './companies';

const PREFIX = 'disposer:';

/**
 * Signs a waste company's system in by its API key (`Authorization: Bearer …`) as the `disposer`
 * role, before the contract's door checks who may call what. Only on the disposer's paths: a key
 * opens nothing else. A wrong key is a 401, never a silent fall-back to a cookie session.
 */
export function disposerKeyAuth(companies: readonly DisposerCompany[]) {
  return (req: Request, _res: Response, next: NextFunction) => {
    const header = req.headers.authorization;
    if (!header || !req.path.startsWith('/entsorger/')) return next();
    const key = bearerKey(header);
    const company = key ? companyByKey(companies, key) : undefined;
    if (!company) return next(new HttpError(401, 'not_authenticated'));
    req.user = { id: `${PREFIX}${company.id}`, email: '', name: company.name, role: 'disposer', profile: {}, emailConfirmed: false };
    next();
  };
}

/** The company a disposer request is signed in as. */
export function callingCompany(req: Request, companies: readonly DisposerCompany[]): DisposerCompany {
  const id = req.user?.id.startsWith(PREFIX) ? req.user.id.slice(PREFIX.length) : undefined;
  const company = companies.find((c) => c.id === id);
  if (!company) throw new HttpError(403, 'forbidden');
  return company;
}
