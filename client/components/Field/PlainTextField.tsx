import { ErrorMessage, FormGroup, Hint, describedBy } from './FormGroup';

interface Props {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  type?: 'text' | 'email' | 'password';
  autoComplete?: string;
  /** A textarea instead of a single line (e.g. a clerk's reason). */
  multiline?: boolean;
  onInput(value: string): void;
}

/** A labelled input outside the service catalogue (login, registration, a clerk's reason). */
export function PlainTextField({ id, name, label, hint, error, value, type = 'text', autoComplete, multiline, onInput }: Props) {
  const classes = `${multiline ? 'textarea' : 'input'}${error ? (multiline ? ' textarea--error' : ' input--error') : ''}`;
  const shared = {
    class: classes,
    id,
    name,
    value,
    autoComplete,
    'aria-describedby': describedBy(id, hint, error),
    spellcheck: type === 'email' || type === 'password' ? false : undefined,
  };
  return (
    <FormGroup error={error}>
      <label class="label" for={id}>
        {label}
      </label>
      <Hint id={`${id}-hint`} text={hint} />
      <ErrorMessage id={`${id}-error`} text={error} />
      {multiline ? (
        <textarea {...shared} rows={5} onInput={(e) => onInput(e.currentTarget.value)} />
      ) : type === 'email' ? (
        <input {...shared} type="email" onInput={(e) => onInput(e.currentTarget.value)} />
      ) : type === 'password' ? (
        <input {...shared} type="password" onInput={(e) => onInput(e.currentTarget.value)} />
      ) : (
        <input {...shared} type="text" onInput={(e) => onInput(e.currentTarget.value)} />
      )}
    </FormGroup>
  );
}
