import type { Router } from 'express';
import { api } from '../../domain/api';
import { checkProfile } from '../../domain/profile';
import { requireRole, SESSION_COOKIE } from '../auth';
import { HttpError } from '../http/api-error';
import { contractRouter } from '../http/contract';
import { requestLanguage, translator } from '../http/i18n';
import type { Store } from '../store';
import { deleteAccount, exportAccountData } from './account-data';
import { readUserDoc, saveProfile } from './profile-store';

/**
 * The citizen's own profile and data: read and save the profile (checked by the same rule as on
 * the device), download everything as JSON, delete the account.
 */
export function profileRoutes(store: Store, options: { cookieSecure: boolean }): Router {
  const { router, route } = contractRouter('/api/profile');
  router.use(requireRole('citizen'));

  route(api('profile.read'), async (_input, req, res) => {
    const user = await readUserDoc(store, req.user!.id);
    res.json({ profile: user.profile ?? {} });
  });

  route(api('profile.save'), async ({ body }, req, res) => {
    const { profile, problems } = checkProfile(body.profile);
    if (problems.length) {
      const t = translator(requestLanguage(req));
      throw new HttpError(
        400,
        'validation_failed',
        problems.map((p) => ({ field: p.field, code: p.code, message: t(`profile:errors.${p.field}.${p.code}`, { defaultValue: t(`validation:${p.code}`, { defaultValue: '' }) }) || undefined })),
      );
    }
    res.json({ profile: await saveProfile(store, req.user!.id, profile) });
  });

  route(api('profile.export'), async (_input, req, res) => {
    const data = await exportAccountData(store, req.user!.id);
    // A download, not a page: the browser saves it under this name.
    res.setHeader('Content-Disposition', 'attachment; filename="buergerportal-werne-meine-daten.json"');
    res.type('application/json').send(JSON.stringify(data, null, 2));
  });

  route(api('profile.deleteAccount'), async ({ body }, req, res) => {
    // The typed confirmation guards against a stray click or a replayed request.
    if (body.confirm !== true) {
      const t = translator(requestLanguage(req));
      throw new HttpError(400, 'validation_failed', [{ field: 'confirm', code: 'required', message: t('profile:delete.errors.confirm') }]);
    }
    const removed = await deleteAccount(store, req.user!.id);
    res.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: options.cookieSecure });
    req.log?.info(removed, 'account deleted by its owner');
    res.status(204).end();
  });

  return router;
}
