/**
 * A department's text template for messages to the citizen and for decision texts (Bescheide).
 * The department lead (role `lead`, the Fachdienstleitung) keeps them; every clerk of the
 * department picks one, and the server fills its placeholders from the case.
 */
export const TEMPLATE_KINDS = ['message', 'decision'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

/** The languages a template may be written in; German is required, the others are used where present. */
export const TEMPLATE_LANGUAGES = ['de', 'de-x-easy', 'en', 'tr', 'uk', 'ar'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];

export const TEMPLATE_NAME_MAX = 100;
export const TEMPLATE_TEXT_MAX = 4000;

export interface TextTemplate {
  id: string;
  kind: TemplateKind;
  name: string;
  texts: Partial<Record<TemplateLanguage, string>> & { de: string };
  updatedAt: string;
  updatedBy: string;
}

export interface TemplateInput {
  kind: TemplateKind;
  name: string;
  texts: Partial<Record<TemplateLanguage, string>>;
}

/** The text for a reader of `language`: theirs where the template has it, else German (Leichte Sprache falls back to German too). */
export function templateTextFor(template: Pick<TextTemplate, 'texts'>, language: string | undefined): { language: TemplateLanguage; text: string } {
  const own = (TEMPLATE_LANGUAGES as readonly string[]).includes(language ?? '') ? (language as TemplateLanguage) : 'de';
  const text = template.texts[own]?.trim();
  return text ? { language: own, text } : { language: 'de', text: template.texts.de };
}
