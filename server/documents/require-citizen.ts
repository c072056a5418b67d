import type { Request } from 'express';
import { HttpError } from '../http/api-error';

/** The door checked the role already; kept here too, so a handler never trusts its wiring alone. */
export function requireCitizen(req: Request): void {
  if (!req.user) throw new HttpError(401, 'not_authenticated');
  if (req.user.role !== 'citizen') throw new HttpError(403, 'forbidden');
}
