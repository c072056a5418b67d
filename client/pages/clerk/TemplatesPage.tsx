import { useEffect, useState } from 'preact/hooks';
import type { TextTemplate } from '../../../domain/api';
import { PLACEHOLDERS, TEMPLATE_KINDS, TEMPLATE_LANGUAGES, type TemplateKind, type TemplateLanguage } from '../../../domain/templates';
import { describeApiFailure, saidFailure } from '../../api/api-error-text';
import { usePageTitle } from '../../app/page-title';
import { BackLink } from '../../components/BackLink/BackLink';
import { ErrorSummary } from '../../components/ErrorSummary/ErrorSummary';
import { ChoiceGroup } from '../../components/Field/ChoiceGroup';
import { PlainTextField } from '../../components/Field/PlainTextField';
import { PageHeading } from '../../components/PageHeading/PageHeading';
import { useT } from '../../i18n/i18n';
import { useSaid } from '../../i18n/use-said';
import { LANGUAGE_NAMES } from '../../i18n/languages';
import { useFormErrors } from '../../components/ErrorSummary/use-form-errors';
import { deleteTemplate, fetchTemplates, saveTemplate } from './desk-api';
import './clerk.css';

const fieldOf = (lng: TemplateLanguage) => `template-text-${lng}`;
const FIELDS: Record<string, string> = { templateKind: 'field-template-kind', templateName: 'template-name', ...Object.fromEntries(TEMPLATE_LANGUAGES.map((l) => [`templateText.${l}`, fieldOf(l)])) };
type Draft = { id?: string; kind: TemplateKind | ''; name: string; texts: Partial<Record<TemplateLanguage, string>> };
const EMPTY: Draft = { kind: '', name: '', texts: {} };

/** The department's text templates: every clerk reads them here; the department lead writes, changes and removes them. */
export function TemplatesPage() {
  const t = useT();
  usePageTitle(t('clerk-workday:templates.title'));
  const [list, setList] = useState<{ templates: TextTemplate[]; canEdit: boolean } | undefined>();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  // Problems and the outcome are kept as how to say them, so they follow a language switch.
  const errors = useFormErrors((field) => field, FIELDS.templateName);
  const [done = '', setDone] = useSaid();
  const reload = () => fetchTemplates().then(setList, () => setList({ templates: [], canEdit: false }));
  useEffect(() => void reload(), []);

  const save = async (e: Event) => {
    e.preventDefault();
    const missing = [
      ...(draft.kind ? [] : [{ field: FIELDS.templateKind, key: 'templateKind' }]),
      ...(draft.name.trim() ? [] : [{ field: FIELDS.templateName, key: 'templateName' }]),
      ...(draft.texts.de?.trim() ? [] : [{ field: fieldOf('de'), key: 'templateText' }]),
    ];
    if (missing.length) return errors.show((t) => missing.map(({ field, key }) => ({ field, text: t(`clerk-workday:templates.problems.${key}.required`) })));
    try {
      const saved = await saveTemplate({ kind: draft.kind as TemplateKind, name: draft.name, texts: draft.texts }, draft.id);
      errors.clear();
      setDraft(EMPTY);
      setDone((t) => t('clerk-workday:templates.saved', { name: saved.name }));
      await reload();
    } catch (error) {
      errors.show((t) => describeApiFailure(t, error).map((p) => ({ field: FIELDS[p.field ?? ''] ?? FIELDS.templateName, text: p.text })));
    }
  };

  const remove = async (x: TextTemplate) => {
    try {
      await deleteTemplate(x.id);
      setDone((t) => t('clerk-workday:templates.deleted', { name: x.name }));
      await reload();
    } catch (error) {
      setDone(saidFailure(error));
    }
  };

  return (
    <>
      <BackLink href="/sachbearbeitung" />
      <ErrorSummary focusToken={errors.focusToken} errors={errors.summary} />
      <PageHeading>{t('clerk-workday:templates.title')}</PageHeading>
      <p>{t('clerk-workday:templates.intro')}</p>
      <p class="hint">{t('clerk-workday:templates.placeholders', { list: PLACEHOLDERS.map((p) => `{${p}}`).join(', ') })}</p>
      <p role="status" id="template-outcome" class={done ? 'inset-text' : undefined}>
        {done}
      </p>
      {!list ? (
        <p class="loading">{t('common:loading')}</p>
      ) : list.templates.length === 0 ? (
        <p>{t('clerk-workday:templates.empty')}</p>
      ) : (
        <ul class="template-list">
          {list.templates.map((x) => (
            <li key={x.id}>
              <h2 class="heading-s">
                {x.name} <span class="hint">({t(`clerk-workday:templates.kinds.${x.kind}`)})</span>
              </h2>
              <p class="template-text">{x.texts.de}</p>
              <p class="hint">{t('clerk-workday:templates.languages', { list: TEMPLATE_LANGUAGES.filter((l) => x.texts[l]).map((l) => LANGUAGE_NAMES[l]).join(', ') })}</p>
              {list.canEdit ? (
                <div class="button-group">
                  <button type="button" class="button button--secondary" onClick={() => setDraft({ id: x.id, kind: x.kind, name: x.name, texts: { ...x.texts } })}>
                    {t('clerk-workday:templates.edit', { name: x.name })}
                  </button>
                  <button type="button" class="button button--warning" onClick={() => void remove(x)}>
                    {t('clerk-workday:templates.delete', { name: x.name })}
                  </button>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {list && !list.canEdit ? <p class="inset-text">{t('clerk-workday:templates.leadOnly')}</p> : null}
      {list?.canEdit ? (
        <form noValidate onSubmit={save} class="template-form">
          <h2 class="heading-m">{draft.id ? t('clerk-workday:templates.editTitle') : t('clerk-workday:templates.newTitle')}</h2>
          <ChoiceGroup
            type="radio"
            fieldId="template-kind"
            options={[...TEMPLATE_KINDS]}
            legend={t('clerk-workday:templates.kindLegend')}
            error={errors.at(FIELDS.templateKind)}
            optionLabel={(o) => t(`clerk-workday:templates.kinds.${o}`)}
            isChecked={(o) => draft.kind === o}
            asHeading={false}
            onToggle={(o) => setDraft({ ...draft, kind: o as TemplateKind })}
          />
          <PlainTextField id={FIELDS.templateName} name="template-name" label={t('clerk-workday:templates.name')} error={errors.at(FIELDS.templateName)} value={draft.name} onInput={(name) => setDraft({ ...draft, name })} />
          {TEMPLATE_LANGUAGES.map((l) => (
            <PlainTextField
              key={l}
              id={fieldOf(l)}
              name={fieldOf(l)}
              multiline
              label={t(l === 'de' ? 'clerk-workday:templates.textGerman' : 'clerk-workday:templates.textIn', { language: LANGUAGE_NAMES[l] })}
              error={errors.at(fieldOf(l))}
              value={draft.texts[l] ?? ''}
              onInput={(text) => setDraft({ ...draft, texts: { ...draft.texts, [l]: text } })}
            />
          ))}
          <div class="button-group">
            <button type="submit" class="button" id="template-save">
              {t('clerk-workday:templates.save')}
            </button>
            {draft.id ? (
              <button type="button" class="button button--secondary" onClick={() => setDraft(EMPTY)}>
                {t('clerk-workday:templates.cancel')}
              </button>
            ) : null}
          </div>
        </form>
      ) : null}
    </>
  );
}
