import { unknownPlaceholders } from './placeholders';
import { TEMPLATE_KINDS, TEMPLATE_LANGUAGES, TEMPLATE_NAME_MAX, TEMPLATE_TEXT_MAX, type TemplateInput, type TemplateKind, type TemplateLanguage } from './text-template';

export interface TemplateProblem {
  field: string;
  code: string;
  params?: Record<string, string>;
}

/** A template as the lead sent it, checked: a name, a German text, only known placeholders. */
export function checkTemplateInput(raw: { kind?: unknown; name?: unknown; texts?: unknown }): { input?: TemplateInput; problems: TemplateProblem[] } {
  const problems: TemplateProblem[] = [];
  const kind = raw.kind as TemplateKind;
  if (!(TEMPLATE_KINDS as readonly unknown[]).includes(kind)) problems.push({ field: 'templateKind', code: 'required' });
  const name = typeof raw.name === 'string' ? raw.name.trim() : '';
  if (!name) problems.push({ field: 'templateName', code: 'required' });
  else if (name.length > TEMPLATE_NAME_MAX) problems.push({ field: 'templateName', code: 'tooLong' });
  const given = (raw.texts && typeof raw.texts === 'object' ? raw.texts : {}) as Record<string, unknown>;
  const texts: Partial<Record<TemplateLanguage, string>> = {};
  for (const lng of TEMPLATE_LANGUAGES) {
    const text = typeof given[lng] === 'string' ? (given[lng] as string).trim() : '';
    if (!text) continue;
    const field = `templateText.${lng}`;
    if (text.length > TEMPLATE_TEXT_MAX) problems.push({ field, code: 'tooLong' });
    const unknown = unknownPlaceholders(text);
    if (unknown.length) problems.push({ field, code: 'unknownPlaceholder', params: { placeholder: `{${unknown[0]}}` } });
    texts[lng] = text;
  }
  if (!texts.de) problems.push({ field: 'templateText.de', code: 'required' });
  return problems.length ? { problems } : { input: { kind, name, texts }, problems };
}
