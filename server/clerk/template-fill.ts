import type { Request } from 'express';
import { catalogueEntries } from '../../domain/catalogue';
import { lookupService } from '../../domain/catalogue/lookup';
import { caseDeadline } from '../../domain/catalogue/processing-deadline';
import { profileUiLanguage, type Profile } from '../../domain/profile';
import { fillTemplate, placeholderValues, templateTextFor, type TemplateKind, type TemplateLanguage } from '../../domain/templates';
import { toIsoDate, todayInWerne } from '../../domain/validation/calendar-date';
import { HttpError } from '../http/api-error';
import { requestLanguage, translator } from '../http/i18n';
import type { StoredRequest } from '../requests';
import { getOrNull, type Store } from '../store';
import { readTemplate } from './templates';

/**
 * A template filled from this case, in the citizen's language where the template has it. A
 * placeholder the case cannot fill is a 422 naming it, never a blank in the citizen's letter.
 */
export async function fillFromCase(store: Store, req: Request, doc: StoredRequest, templateId: string, kind: TemplateKind): Promise<{ text: string; language: TemplateLanguage }> {
  const template = await readTemplate(store, doc.department!, templateId);
  if (template.kind !== kind) throw new HttpError(404, 'not_found');
  const citizen = await getOrNull<{ name?: string; profile?: Profile }>(store.users, `user:${doc.owner}`);
  const chosen = templateTextFor(template, citizen?.profile ? profileUiLanguage(citizen.profile) : undefined);
  const service = lookupService(catalogueEntries(), doc.serviceId, doc.catalogueVersion);
  const values = placeholderValues(
    {
      citizenName: citizen?.name,
      reference: doc.reference,
      receivedAt: doc.receivedAt,
      appointment: doc.confirmedSlot,
      deadline: caseDeadline(service, doc.receivedAt, doc.status),
      feeCents: doc.feeCents,
    },
    chosen.language,
    toIsoDate(todayInWerne()),
  );
  const filled = fillTemplate(chosen.text, values);
  if (!filled.ok) {
    const t = translator(requestLanguage(req));
    throw new HttpError(
      422,
      'placeholder_unfilled',
      filled.missing.map((p) => ({ field: 'template', code: 'placeholderUnfilled', message: t('clerk-workday:templates.problems.placeholderUnfilled', { placeholder: `{${p}}` }) })),
      'clerk-workday:templates.problems.unfilled',
    );
  }
  return { text: filled.text, language: chosen.language };
}
