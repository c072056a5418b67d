import { useEffect, useRef, useState } from 'preact/hooks';
import { describeApiFailure } from '../../api/api-error-text';
import { PlainTextField } from '../../components/Field/PlainTextField';
import { formatTimestamp } from '../../format/format-date';
import { language, useT } from '../../i18n/i18n';
import { INTL_LOCALES } from '../../i18n/languages';
import { attachmentHref, fetchMessages, sendMessage, uploadPdf, type CaseDetail, type CaseMessage } from './clerk-api';
import { useFormErrors } from '../../components/ErrorSummary/use-form-errors';
import { CASE_ACTIONS_ID, atElements, sectionElement, type CaseFeedback } from './case-problems';
import { TemplatePicker } from './TemplatePicker';

/** The thread with the citizen (what they see in their Postfach), and a form to write, with an optional PDF. */
export function CaseThread({ found, feedback }: { found: CaseDetail; feedback: CaseFeedback }) {
  const t = useT();
  const locale = INTL_LOCALES[language.value];
  const [messages, setMessages] = useState<CaseMessage[] | undefined>(undefined);
  const [text, setText] = useState('');
  const problems = useFormErrors(sectionElement, CASE_ACTIONS_ID, feedback.problems);
  const [busy, setBusy] = useState(false);
  const file = useRef<HTMLInputElement>(null);
  useEffect(() => {
    fetchMessages(found.id).then(setMessages, () => setMessages([]));
  }, [found.id, found.status]);

  const send = async () => {
    if (busy) return;
    if (!text.trim()) {
      return problems.show((t) => [{ field: 'message-text', text: t('clerk:missing.text') }]);
    }
    setBusy(true);
    try {
      const pdf = file.current?.files?.[0];
      const upload = pdf ? await uploadPdf(found.id, pdf) : undefined;
      const message = await sendMessage(found.id, text.trim(), upload?.id);
      setMessages([...(messages ?? []), message]);
      setText('');
      problems.clear();
      if (file.current) file.current.value = '';
      feedback.done((t) => t('clerk:detail.done.message'));
    } catch (e) {
      problems.show(atElements((t) => describeApiFailure(t, e), { text: 'message-text', attachment: 'message-file' }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {messages === undefined ? (
        <p class="loading">{t('common:loading')}</p>
      ) : messages.length === 0 ? (
        <p>{t('clerk:thread.empty')}</p>
      ) : (
        <ol class="thread">
          {messages.map((m) => (
            <li key={m.id} class={`thread__message thread__message--${m.from}`}>
              <span class="thread__meta">
                {t(`clerk:thread.from.${m.from}`)} · <time dateTime={m.createdAt}>{formatTimestamp(m.createdAt, locale)}</time>
              </span>
              {m.text}
              {m.attachment ? (
                <span class="thread__meta">
                  <a href={attachmentHref(found.id, m.id)} download>
                    {t('clerk:thread.attachment', { name: m.attachment.name })}
                  </a>
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {found.readOnly ? null : (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void send();
          }}
        >
          <TemplatePicker caseId={found.id} kind="message" target="message-text" onText={setText} />
          <PlainTextField id="message-text" name="message" multiline label={t('clerk:thread.label')} hint={t('clerk:thread.hint')} error={problems.at('message-text')} value={text} onInput={setText} />
          <div class="form-group">
            <label class="label" for="message-file">
              {t('clerk:thread.fileLabel')}
            </label>
            <div class="hint" id="message-file-hint">
              {t('clerk:thread.fileHint')}
            </div>
            <input class="file-input" type="file" id="message-file" accept="application/pdf,.pdf" ref={file} aria-describedby="message-file-hint" />
          </div>
          <button type="submit" class="button" disabled={busy}>
            {t('clerk:thread.send')}
          </button>
        </form>
      )}
    </>
  );
}
