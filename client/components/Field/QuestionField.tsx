import type { AnswerValue, Answers, DateParts, ServiceDefinition } from '../../../domain/catalogue/service-definition';
import type { FieldError } from '../../../domain/validation/validate-answers';
import { fieldErrorText } from '../../i18n/field-error-text';
import { hasText, useT } from '../../i18n/i18n';
import { DateInput } from '../DateInput/DateInput';
import { FileUpload } from '../FileUpload/FileUpload';
import { SlotPicker } from '../SlotPicker/lazy-slots';
import { StreetInput } from '../StreetInput/StreetInput';
import { Checkboxes } from './Checkboxes';
import { LocationInput } from './LocationInput';
import { Radios } from './Radios';
import { Textarea } from './Textarea';
import { TextInput } from './TextInput';
import type { TextQuestionProps } from './text-question';

interface Props {
  service: ServiceDefinition;
  fieldId: string;
  value: AnswerValue | undefined;
  error?: FieldError;
  asHeading: boolean;
  /** All answers so far, for questions that depend on others (a slot's district from the street). */
  answers?: Answers;
  onChange(value: AnswerValue): void;
  /** The request being filled in: file questions record it with each file. */
  requestId?: string;
  /** The answer is the value BundID confirmed (prefilled from the profile, unchanged since). */
  verified?: boolean;
}

/**
 * One question of a service, drawn from the catalogue's field definition: the type picks the
 * component, the texts come from `<namespace>:fields.<field>.*`.
 */
export function QuestionField({ service, fieldId, value, error, asHeading, answers, onChange, requestId, verified }: Props) {
  const t = useT();
  const def = service.fields[fieldId];
  const ns = service.namespace;
  const label = t(`${ns}:fields.${fieldId}.label`);
  const hintKey = `${ns}:fields.${fieldId}.hint`;
  const ownHint = hasText(hintKey) ? t(hintKey) : undefined;
  // In the hint, so a screen reader hears it with the field (aria-describedby), not only a sighted reader.
  const hint = verified ? [ownHint, t('common:verifiedAnswer')].filter(Boolean).join(' ') : ownHint;
  const message = error ? fieldErrorText(t, ns, error) : undefined;
  const textProps: TextQuestionProps = {
    fieldId,
    label,
    hint,
    error: message,
    value: typeof value === 'string' ? value : '',
    asHeading,
    onInput: onChange,
  };

  const choiceProps = {
    fieldId,
    legend: label,
    hint,
    error: message,
    optionLabel: (option: string) => t(`${ns}:fields.${fieldId}.options.${option}`),
    asHeading,
    onChange,
  };

  switch (def.type) {
    case 'checkboxes':
      return <Checkboxes {...choiceProps} def={def} value={Array.isArray(value) ? value : []} />;
    case 'radios':
      return <Radios {...choiceProps} def={def} value={typeof value === 'string' ? value : ''} />;
    case 'textarea':
      return <Textarea {...textProps} def={def} />;
    case 'location':
      return <LocationInput {...textProps} def={def} />;
    case 'date':
      return (
        <DateInput
          fieldId={fieldId}
          legend={label}
          hint={hint}
          error={message}
          errorCode={error?.code}
          value={value && typeof value === 'object' && !Array.isArray(value) ? value : ({} as Partial<DateParts>)}
          asHeading={asHeading}
          onChange={onChange}
        />
      );
    case 'file':
      return (
        <FileUpload
          fieldId={fieldId}
          def={def}
          label={label}
          hint={hint}
          error={message}
          value={Array.isArray(value) ? value : []}
          asHeading={asHeading}
          onChange={onChange}
          owner={{ requestId: requestId ?? '', serviceId: service.id, catalogueVersion: service.version }}
        />
      );
    case 'slot':
      return (
        <SlotPicker
          fieldId={fieldId}
          def={def}
          legend={label}
          hint={hint}
          error={message}
          value={typeof value === 'string' ? value : ''}
          answers={answers ?? {}}
          asHeading={asHeading}
          onChange={onChange}
        />
      );
    case 'text':
    case 'number':
    case 'tel':
    case 'email':
      return <TextInput {...textProps} def={def} />;
    case 'street':
      return <StreetInput {...textProps} />;
  }
}
