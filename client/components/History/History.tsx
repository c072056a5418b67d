import { historyReasonText } from '../../../domain/request/history-reason';
import type { HistoryEntry } from '../../../domain/request/request-document';
import { formatTimestamp } from '../../format/format-date';
import { language, useT } from '../../i18n/i18n';
import { INTL_LOCALES } from '../../i18n/languages';

/** A department's question is a question, a rejection's reason a reason — never "Begründung" for both. */
function reasonLabel(status: HistoryEntry['status']): 'question' | 'reason' | 'note' {
  if (status === 'needs_info') return 'question';
  return status === 'rejected' ? 'reason' : 'note';
}

/** The request's path through the city, oldest first, with reasons the citizen should read. */
export function History({ entries }: { entries: readonly HistoryEntry[] }) {
  const t = useT();
  const locale = INTL_LOCALES[language.value];
  if (entries.length === 0) return <p>{t('requests:detail.noHistory')}</p>;
  return (
    <ol class="history">
      {entries.map((entry, i) => (
        <li class="history__entry" key={`${entry.at}-${i}`}>
          <time class="history__time" dateTime={entry.at}>
            {formatTimestamp(entry.at, locale)}
          </time>
          <span class="history__status">{t(`common:statuses.${entry.status}`)}</span>
          {entry.department ? <span class="history__department">{t(`departments:${entry.department}`)}</span> : null}
          {entry.reason ? (
            <span class="history__reason">
              {t(`submission:history.${reasonLabel(entry.status)}`)}: {historyReasonText(t, entry.reason)}
            </span>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
