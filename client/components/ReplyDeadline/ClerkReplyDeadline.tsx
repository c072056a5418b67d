import { daysUntilDeadline, replyDeadline } from '../../../domain/catalogue/reply-deadline';
import { FINAL_STATUSES } from '../../../domain/lifecycle/request-status';
import { formatCalendarDate } from '../../format/format-date';
import { language, useT } from '../../i18n/i18n';
import { INTL_LOCALES } from '../../i18n/languages';
import { calendarDate, type Props } from './ReplyDeadline';

// Apart from the citizen's view, so only the clerk's lazily loaded case page carries it.
/** The clerk's view: due date, days left or overdue, and the service's own advice on answering. */
export function ClerkReplyDeadline({ service, receivedAt, status }: Props) {
  const t = useT();
  const deadline = replyDeadline(service?.replyDeadline, receivedAt);
  if (!service || !deadline || (FINAL_STATUSES as readonly string[]).includes(status)) return null;
  const left = daysUntilDeadline(deadline);
  const when =
    left > 0
      ? t('reply-deadline:clerkDaysLeft', { count: left })
      : left === 0
        ? t('reply-deadline:clerkDueToday')
        : t('reply-deadline:clerkOverdue', { count: -left });
  return (
    <div class={left < 0 ? 'inset-text inset-text--error reply-deadline' : 'inset-text reply-deadline'} id="reply-deadline">
      <p>
        <strong>{t('reply-deadline:clerkLabel')}</strong>{' '}
        {formatCalendarDate(calendarDate(deadline), INTL_LOCALES[language.value])} ({when})
      </p>
      <p>{t(`${service.namespace}:clerkHint`, { defaultValue: t('reply-deadline:basis', { law: service.replyDeadline!.legalBasis }) })}</p>
    </div>
  );
}
