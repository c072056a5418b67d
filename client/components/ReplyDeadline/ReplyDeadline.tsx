import { replyDeadline } from '../../../domain/catalogue/reply-deadline';
import type { FormService } from '../../../domain/catalogue/service-definition';
import { FINAL_STATUSES } from '../../../domain/lifecycle/request-status';
import type { RequestStatus } from '../../../domain/lifecycle/request-status';
import { formatCalendarDate } from '../../format/format-date';
import { language, useT } from '../../i18n/i18n';
import { INTL_LOCALES } from '../../i18n/languages';

export interface Props {
  service: FormService | undefined;
  receivedAt: string | undefined;
  status: RequestStatus;
}

export function calendarDate(iso: string) {
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month, day };
}

/**
 * The date by which the city must answer, for services the law gives a deadline (see
 * `domain/catalogue/reply-deadline.ts`). Before the request is received the citizen learns the
 * rule ("within 42 days of receipt"), afterwards the date. Nothing once the case is closed.
 */
export function CitizenReplyDeadline({ service, receivedAt, status }: Props) {
  const t = useT();
  const rule = service?.replyDeadline;
  if (!rule || (FINAL_STATUSES as readonly string[]).includes(status)) return null;
  const deadline = replyDeadline(rule, receivedAt);
  return (
    <div class="inset-text reply-deadline" id="reply-deadline">
      <p>
        {deadline
          ? t('reply-deadline:citizen', { date: formatCalendarDate(calendarDate(deadline), INTL_LOCALES[language.value]) })
          : t('reply-deadline:citizenBeforeReceipt', { count: rule.days })}
      </p>
      <p>{t('reply-deadline:basis', { law: rule.legalBasis })}</p>
    </div>
  );
}
