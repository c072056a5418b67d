import { caseDeadline } from '../../../domain/catalogue/processing-deadline';
import { daysUntilDeadline } from '../../../domain/catalogue/reply-deadline';
import type { FormService } from '../../../domain/catalogue/service-definition';
import type { TableColumn } from '../../components/Table/Table';
import { formatSlot } from '../../format/format-slot';
import { useT } from '../../i18n/i18n';
import type { CaseSummary } from './clerk-api';

type T = ReturnType<typeof useT>;

/** "noch 3 Tage", "heute fällig", "seit 2 Tagen überfällig": the case's deadline as the clerk reads it. */
export function deadlineText(t: T, service: FormService | undefined, c: CaseSummary): { text: string; overdue: boolean } | undefined {
  const deadline = caseDeadline(service, c.receivedAt, c.status);
  if (!deadline) return undefined;
  const left = daysUntilDeadline(deadline);
  const text = left > 0 ? t('reply-deadline:clerkDaysLeft', { count: left }) : left === 0 ? t('reply-deadline:clerkDueToday') : t('reply-deadline:clerkOverdue', { count: -left });
  return { text, overdue: left < 0 };
}

function followUpText(t: T, date: string | null | undefined): string {
  if (!date) return '';
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
  return date < today ? `${date} (${t('clerk-workday:followUp.overdue')})` : date === today ? `${date} (${t('clerk-workday:followUp.due')})` : date;
}

/** The workday's columns: a checkbox to pick rows for a bulk action, the appointment, the deadline, the follow-up. */
export function workdayColumns(
  t: T,
  locale: string,
  services: FormService[],
  selection: { selected: ReadonlySet<string>; onSelect(id: string, checked: boolean): void },
  withAppointment: boolean,
): { select: TableColumn<CaseSummary>; rest: TableColumn<CaseSummary>[] } {
  const service = (id: string) => services.find((s) => s.id === id);
  return {
    select: {
      header: t('clerk-workday:columns.select'),
      headerHidden: true,
      label: t('clerk-workday:columns.select'),
      cell: (c) => (
        <div class="checkboxes__item inbox-select">
          <input
            class="checkboxes__input"
            type="checkbox"
            id={`select-${c.id}`}
            checked={selection.selected.has(c.id)}
            onChange={(e) => selection.onSelect(c.id, e.currentTarget.checked)}
          />
          <label class="checkboxes__label" for={`select-${c.id}`}>
            <span class="visually-hidden">{t('clerk-workday:selectRow', { reference: c.reference ?? c.id })}</span>
          </label>
        </div>
      ),
    },
    rest: [
      ...(withAppointment
        ? [{ header: t('clerk-workday:columns.appointment'), cell: (c: CaseSummary) => (c.confirmedSlot ? formatSlot(c.confirmedSlot, locale, t as never) : '') }]
        : []),
      {
        header: t('clerk-workday:columns.deadline'),
        cell: (c) => {
          const d = deadlineText(t, service(c.serviceId), c);
          return d ? <span class={d.overdue ? 'deadline--overdue' : undefined}>{d.text}</span> : '';
        },
      },
      { header: t('clerk-workday:columns.followUp'), cell: (c) => followUpText(t, c.followUpDate) },
    ],
  };
}
