import type { Answers, ServiceDefinition } from '../../../domain/catalogue/service-definition';
import { visibleFields, visiblePages } from '../../../domain/validation/validate-answers';
import { formatAnswer } from '../../format/format-answer';
import { useT } from '../../i18n/i18n';
import { INTL_LOCALES } from '../../i18n/languages';
import { language } from '../../i18n/i18n';
import { useFileNames } from '../../data/files/use-file-names';
import { SummaryList, type SummaryRow } from './SummaryList';

interface Props {
  service: ServiceDefinition;
  answers: Answers;
  /** Link to change an answer (check page); omitted where answers can't change any more. */
  changeHref?: (pageId: string, fieldId: string) => string;
  /** Whether an answer is what BundID confirmed (check page): said beside it, as on its question page. */
  verified?: (fieldId: string) => boolean;
}

/**
 * Every answer of a request in the form's order: "Check your answers", the citizen's request
 * page and the clerk's case page all show this same list.
 */
export function AnswersSummary({ service, answers, changeHref, verified }: Props) {
  const t = useT();
  const locale = INTL_LOCALES[language.value];
  const ns = service.namespace;
  const fileIds = Object.entries(service.fields).flatMap(([id, def]) => (def.type === 'file' && Array.isArray(answers[id]) ? (answers[id] as string[]) : []));
  const fileNames = useFileNames(fileIds);
  // Only what the citizen was asked: answers to follow-ups they later ruled out stay stored, unshown.
  const rows: SummaryRow[] = visiblePages(service, answers).flatMap((page) =>
    visibleFields(service, page, answers).map((fieldId) => {
      const answer = answers[fieldId];
      const names = service.fields[fieldId].type === 'file' && Array.isArray(answer) ? answer.map((id) => fileNames.get(String(id))) : [];
      // The files' own names where this device has them, so the citizen sees what is sent.
      const value = names.length && names.every(Boolean) ? (names as string[]) : formatAnswer(service.fields[fieldId], fieldId, answer, ns, t, locale);
      return {
        key: fieldId,
        label: t([`${ns}:fields.${fieldId}.summary`, `${ns}:fields.${fieldId}.label`]),
        value: value ?? t('common:notAnswered'),
        note: verified?.(fieldId) ? t('common:verifiedAnswer') : undefined,
        change: changeHref ? { href: changeHref(page.id, fieldId), text: t('common:actions.change') } : undefined,
      };
    }),
  );
  return <SummaryList rows={rows} />;
}
