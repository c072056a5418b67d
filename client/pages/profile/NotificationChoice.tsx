import { wantsNotification, type NotificationKind, type NotificationSettings } from '../../../domain/account/notification-kinds';
import { FormGroup } from '../../components/Field/FormGroup';
import { useT } from '../../i18n/i18n';

/** The kinds the worker mails today (server/notifications); fee and pickup reminders are not sent yet. */
const OFFERED: NotificationKind[] = ['question', 'decision', 'message', 'status'];

/** "Which news by e-mail": one checkbox per kind, ticked where the default or the citizen's choice says so. */
export function NotificationChoice({ value, onChange }: { value: NotificationSettings | undefined; onChange: (next: NotificationSettings) => void }) {
  const t = useT();
  return (
    <FormGroup>
      <fieldset class="fieldset" aria-describedby="notifications-hint">
        <legend class="fieldset__legend">{t('email:notifications.legend')}</legend>
        <div id="notifications-hint" class="hint">
          {t('email:notifications.hint')}
        </div>
        <div class="checkboxes">
          {OFFERED.map((kind) => (
            <div class="checkboxes__item" key={kind}>
              <input
                class="checkboxes__input"
                id={`field-notify-${kind}`}
                type="checkbox"
                checked={wantsNotification(value, kind)}
                onChange={(e) => onChange({ ...value, [kind]: e.currentTarget.checked })}
              />
              <label class="checkboxes__label" for={`field-notify-${kind}`}>
                {t(`email:notifications.${kind}`)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </FormGroup>
  );
}
