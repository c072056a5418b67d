import { useState } from 'preact/hooks';
import { FINAL_STATUSES } from '../../../domain/lifecycle/request-status';
import { MESSAGE_TEXT_MAX } from '../../../domain/messages/message-document';
import type { RequestDoc } from '../../../domain/request/request-document';
import { PlainTextField } from '../../components/Field/PlainTextField';
import { browserOnline } from '../../data/sync-state';
import { useMessages, writeReply } from '../../data/use-messages';
import { formatTimestamp } from '../../format/format-date';
import { language, useT, type Said } from '../../i18n/i18n';
import { useSaid } from '../../i18n/use-said';
import { INTL_LOCALES } from '../../i18n/languages';
import { askedByClerk } from './asked-by-clerk';
import './postfach.css';

/**
 * The request's message thread with the department, from the device's database: readable
 * offline, and a reply written offline waits on the device until it can be sent.
 */
export function Postfach({ doc }: { doc: RequestDoc }) {
  const t = useT();
  const locale = INTL_LOCALES[language.value];
  const messages = useMessages(doc.id);
  const [text, setText] = useState('');
  // Kept as how to say it, so a language switch rewords a shown error.
  const [error, sayError] = useSaid();
  const [saved, setSaved] = useState(false);
  const open = Boolean(doc.department) && !FINAL_STATUSES.includes(doc.status);
  const question = askedByClerk(doc)
    ? { text: doc.statusReason!, at: [...doc.history].reverse().find((h) => h.status === 'needs_info')?.at }
    : undefined;

  const send = async () => {
    const value = text.trim();
    const problem: Said | undefined = !value ? (t) => t('messages:required') : value.length > MESSAGE_TEXT_MAX ? (t) => t('messages:tooLong') : undefined;
    sayError(problem);
    setSaved(false);
    if (problem) {
      document.getElementById('reply-text')?.focus();
      return;
    }
    try {
      await writeReply(doc.id, value);
      setText('');
      setSaved(true);
    } catch {
      sayError((t) => t('messages:saveFailed'));
    }
  };

  if (!doc.department) return null;
  return (
    <section class="postfach" aria-labelledby="postfach-title">
      <h2 class="heading-m" id="postfach-title">
        {t('messages:title')}
      </h2>
      <p>{t('messages:intro')}</p>
      {messages === undefined ? null : messages.length === 0 && !question ? (
        <p>{t('messages:empty')}</p>
      ) : (
        <ol class="thread" id="postfach-messages">
          {question ? (
            // The department's open question belongs in the thread, not beside it.
            <li class="thread__message thread__message--clerk" id="postfach-question">
              <span class="thread__meta">
                {t('submission:history.question')}
                {question.at ? (
                  <>
                    {' · '}
                    <time dateTime={question.at}>{formatTimestamp(question.at, locale)}</time>
                  </>
                ) : null}
              </span>
              {question.text}
            </li>
          ) : null}
          {messages.map((m) => (
            <li key={m.id} class={`thread__message thread__message--${m.from}`}>
              <span class="thread__meta">
                {t(`messages:from.${m.from}`)} · <time dateTime={m.createdAt}>{formatTimestamp(m.createdAt, locale)}</time>
                {m.from === 'citizen' && !m.serverRev ? ` · ${t('messages:waiting')}` : ''}
              </span>
              {m.text}
              {m.attachment ? (
                <span class="thread__meta">
                  {browserOnline.value ? (
                    <a href={`/api/messages/${encodeURIComponent(m.id)}/attachment`} download>
                      {t('messages:attachment', { name: m.attachment.name })}
                    </a>
                  ) : (
                    t('messages:attachmentOffline', { name: m.attachment.name })
                  )}
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {open ? (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void send();
          }}
        >
          {saved ? (
            <p class="inset-text" role="status">
              {t('messages:sent')}
            </p>
          ) : null}
          <PlainTextField id="reply-text" name="reply" multiline label={t('messages:replyLabel')} hint={t('messages:replyHint')} error={error} value={text} onInput={setText} />
          <button type="submit" class="button">
            {t('messages:send')}
          </button>
        </form>
      ) : (
        <p>{t('messages:closed')}</p>
      )}
    </section>
  );
}
