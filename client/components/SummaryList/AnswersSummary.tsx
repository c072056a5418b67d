import type { Answers, ServiceDefinition } from '../../../domain/catalogue/service-definition';
import { visibleFields, visiblePages } from '../../../domain/validation/validate-answers';
import { formatAnswer } from '../../format/format-answer';
import { useT } from '../../i18n/i18n';
import { INTL_LOCALES } from '../../i18n/languages';
import { language } from '../../i18n/i18n';
import { SummaryList, type SummaryRow } from './SummaryList';

interface Props {
  service: ServiceDefinition;
  answers: Answers;
  /** Link to change an answer (check page); omitted where answers can't change any more. */
  changeHref?: (pageId: string, fieldId: string) => string;
}

/**
 * Every answer of a request in the form's order: "Check your answers", the citizen's request
 * page and the clerk's case page all show this same list.
 */
export function AnswersSummary({ service, answers, changeHref }: Props) {
  const t = useT();
  const locale = INTL_LOCALES[language.value];
  const ns = service.namespace;
  // Only what the citizen was asked: answers to follow-ups they later ruled out stay stored, unshown.
  const rows: SummaryRow[] = visiblePages(service, answers).flatMap((page) =>
    visibleFields(service, page, answers).map((fieldId) => {
      const value = formatAnswer(service.fields[fieldId], fieldId, answers[fieldId], ns, t, locale);
      return {
        key: fieldId,
        label: t([`${ns}:fields.${fieldId}.summary`, `${ns}:fields.${fieldId}.label`]),
        value: value ?? t('common:notAnswered'),
        change: changeHref ? { href: changeHref(page.id, fieldId), text: t('common:actions.change') } : undefined,
      };
    }),
  );
  return <SummaryList rows={rows} />;
}
