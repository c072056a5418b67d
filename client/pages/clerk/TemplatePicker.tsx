import { useEffect, useState } from 'preact/hooks';
import type { TextTemplate } from '../../../domain/api';
import type { TemplateKind } from '../../../domain/templates';
import { saidFailure } from '../../api/api-error-text';
import { useT } from '../../i18n/i18n';
import { useSaid } from '../../i18n/use-said';
import { fetchTemplates, fillTemplate } from './desk-api';

/**
 * Picks one of the department's templates and puts it, filled from the case on the server, into
 * the text field `target` (the clerk may still change it before sending). Shows nothing while the
 * department has no template of this kind.
 */
export function TemplatePicker({ caseId, kind, target, onText }: { caseId: string; kind: TemplateKind; target: string; onText(text: string): void }) {
  const t = useT();
  const id = `${target}-template`;
  const [templates, setTemplates] = useState<TextTemplate[]>([]);
  const [chosen, setChosen] = useState('');
  const [error, setError] = useSaid();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    fetchTemplates().then((list) => setTemplates(list.templates.filter((x) => x.kind === kind)), () => setTemplates([]));
  }, [kind]);
  if (templates.length === 0) return null;

  const insert = async () => {
    if (busy) return;
    if (!chosen) return setError((t) => t('clerk-workday:templates.pick.missing'));
    setBusy(true);
    try {
      const filled = await fillTemplate(caseId, chosen, kind);
      setError(undefined);
      onText(filled.text);
      document.getElementById(target)?.focus();
    } catch (e) {
      setError(saidFailure(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class={error ? 'form-group form-group--error template-picker' : 'form-group template-picker'}>
      <label class="label" for={id}>
        {t('clerk-workday:templates.pick.label')}
      </label>
      <p class="hint" id={`${id}-hint`}>
        {t('clerk-workday:templates.pick.hint')}
      </p>
      {error ? (
        <p class="error-message" id={`${id}-error`} role="alert">
          <span class="visually-hidden">{t('common:errorPrefix')} </span>
          {error}
        </p>
      ) : null}
      <select class="select" id={id} value={chosen} onChange={(e) => setChosen(e.currentTarget.value)} aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}>
        <option value="">{t('clerk-workday:templates.pick.none')}</option>
        {templates.map((x) => (
          <option key={x.id} value={x.id}>
            {x.name}
          </option>
        ))}
      </select>{' '}
      <button type="button" class="button button--secondary" id={`${id}-insert`} onClick={insert} disabled={busy}>
        {t('clerk-workday:templates.pick.insert')}
      </button>
    </div>
  );
}
