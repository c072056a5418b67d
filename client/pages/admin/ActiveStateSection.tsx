import type { FormProblem } from '../../api/api-error-text';
import { ErrorMessage } from '../../components/Field/FormGroup';
import { useT } from '../../i18n/i18n';

interface Props {
  /** Names the ids (`<kind>-state-title|action|action-error`, which tests and the error summary use) and the texts (`admin:<kind>Form`). */
  kind: 'department' | 'staff';
  active: boolean;
  /** The form's problems; those about the state (field `active`) stand here. */
  problems: FormProblem[];
  busy: boolean;
  /** Left out where the change is not allowed; the page says why. */
  onToggle?: () => void;
}

/**
 * Below an edit form: whether the department or account is active, and the one button that
 * deactivates or reactivates it (warning style only for taking it away). The server's refusal
 * stands above the button and describes it, so it is read when the button gets focus.
 */
export function ActiveStateSection({ kind, active, problems, busy, onToggle }: Props) {
  const t = useT();
  const texts = `admin:${kind}Form`;
  const error = problems
    .filter((p) => p.field === 'active')
    .map((p) => p.text)
    .join(' ');
  return (
    <section class="admin-section" aria-labelledby={`${kind}-state-title`}>
      <h2 class="heading-m" id={`${kind}-state-title`}>
        {t(`${texts}.stateTitle`)}
      </h2>
      <p>{t(active ? `${texts}.activeText` : `${texts}.inactiveText`)}</p>
      <ErrorMessage id={`${kind}-state-action-error`} text={error} />
      {onToggle ? (
        <button
          type="button"
          id={`${kind}-state-action`}
          class={active ? 'button button--warning' : 'button button--secondary'}
          disabled={busy}
          aria-describedby={error ? `${kind}-state-action-error` : undefined}
          onClick={onToggle}
        >
          {t(active ? `${texts}.deactivate` : `${texts}.reactivate`)}
        </button>
      ) : null}
    </section>
  );
}
