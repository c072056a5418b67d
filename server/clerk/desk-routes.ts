import type { Request } from 'express';
import { api, type ResponseOf } from '../../domain/api';
import { PLACEHOLDERS, checkTemplateInput } from '../../domain/templates';
import { HttpError } from '../http/api-error';
import type { contractRouter } from '../http/contract';
import { requestLanguage, translator } from '../http/i18n';
import type { Store } from '../store';
import { audit, departmentRequest } from './case-actions';
import { deleteSavedFilter, listSavedFilters, saveFilter } from './saved-filters';
import { fillFromCase } from './template-fill';
import { createTemplate, deleteTemplate, listTemplates, updateTemplate } from './templates';

const PLACEHOLDER_LIST = PLACEHOLDERS.map((p) => `{${p}}`).join(', ');

/** The department's text templates (kept by its lead, used by every clerk) and each clerk's saved filters. */
export function addDeskRoutes(route: ReturnType<typeof contractRouter>['route'], store: Store): void {
  const checked = (req: Request, body: unknown) => {
    const { input, problems } = checkTemplateInput(body as Record<string, unknown>);
    if (input) return input;
    const t = translator(requestLanguage(req));
    throw new HttpError(
      400,
      'validation_failed',
      problems.map((p) => ({ field: p.field, code: p.code, message: t(`clerk-workday:templates.problems.${p.field.split('.')[0]}.${p.code}`, { ...p.params, list: PLACEHOLDER_LIST, defaultValue: '' }) || undefined })),
    );
  };

  route(api('clerk.templates'), async (_input, req, res) => {
    const templates = await listTemplates(store, req.user!.department!);
    res.json({ templates, canEdit: req.user!.role === 'lead' } satisfies ResponseOf<'clerk.templates'>);
  });

  route(api('clerk.createTemplate'), async ({ body }, req, res) => {
    const template = await createTemplate(store, req.user!.department!, req.user!.name, checked(req, body));
    await audit(store, req, 'templateCreated', undefined, { template: template.id, name: template.name });
    res.status(201).json({ template } satisfies ResponseOf<'clerk.createTemplate'>);
  });

  route(api('clerk.updateTemplate'), async ({ params, body }, req, res) => {
    const template = await updateTemplate(store, req.user!.department!, params.templateId, req.user!.name, checked(req, body));
    await audit(store, req, 'templateChanged', undefined, { template: template.id, name: template.name });
    res.json({ template } satisfies ResponseOf<'clerk.updateTemplate'>);
  });

  route(api('clerk.deleteTemplate'), async ({ params }, req, res) => {
    await deleteTemplate(store, req.user!.department!, params.templateId);
    await audit(store, req, 'templateDeleted', undefined, { template: params.templateId });
    res.json({ deleted: params.templateId } satisfies ResponseOf<'clerk.deleteTemplate'>);
  });

  route(api('clerk.fillTemplate'), async ({ params, body }, req, res) => {
    const doc = await departmentRequest(store, req, params.id);
    res.json((await fillFromCase(store, req, doc, body.templateId, body.kind)) satisfies ResponseOf<'clerk.fillTemplate'>);
  });

  route(api('clerk.savedFilters'), async (_input, req, res) => {
    res.json({ filters: await listSavedFilters(store, req.user!.id) } satisfies ResponseOf<'clerk.savedFilters'>);
  });

  route(api('clerk.saveFilter'), async ({ body }, req, res) => {
    res.status(201).json({ filter: await saveFilter(store, req.user!.id, body.name, body.query as Record<string, string>) } satisfies ResponseOf<'clerk.saveFilter'>);
  });

  route(api('clerk.deleteSavedFilter'), async ({ params }, req, res) => {
    await deleteSavedFilter(store, req.user!.id, params.filterId);
    res.json({ deleted: params.filterId } satisfies ResponseOf<'clerk.deleteSavedFilter'>);
  });
}
