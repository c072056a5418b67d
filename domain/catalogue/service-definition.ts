/**
 * A service of the city, described as data: its form (pages of fields), how it is validated
 * and where it is routed. Client and server read the same definition, so a rule exists once.
 */
export type FieldType = 'checkboxes' | 'text' | 'number' | 'date' | 'tel';

interface FieldBase {
  type: FieldType;
  required: boolean;
}

export interface CheckboxesField extends FieldBase {
  type: 'checkboxes';
  options: readonly string[];
}

export interface TextField extends FieldBase {
  type: 'text';
  maxLength: number;
  /** Optional regular expression (source) the trimmed value must match. */
  pattern?: string;
  autocomplete?: string;
  /** Input width hint for the form (characters). */
  width?: number;
  /** Profile field the value is prefilled from. */
  prefillFrom?: 'street' | 'houseNumber' | 'postcode' | 'phone';
}

export interface NumberField extends FieldBase {
  type: 'number';
  min: number;
  max: number;
  /** Decimal places allowed. */
  decimals: number;
  unit: string;
}

export interface DateField extends FieldBase {
  type: 'date';
  /** `futureWeekday`: a date after today, Monday to Friday. */
  rule: 'futureWeekday';
  /** Latest date accepted, in days from today. */
  maxDaysAhead: number;
}

export interface TelField extends FieldBase {
  type: 'tel';
  prefillFrom?: 'phone';
}

export type FieldDefinition = CheckboxesField | TextField | NumberField | DateField | TelField;

export interface PageDefinition {
  id: string;
  fields: readonly string[];
}

export interface ServiceDefinition {
  id: string;
  version: number;
  /** i18next namespace that holds this service's texts. */
  namespace: string;
  /** Prefix of the reference number (Aktenzeichen), e.g. `SPM` → `SPM-2026-000123`. */
  referencePrefix: string;
  department: string;
  pages: readonly PageDefinition[];
  fields: Readonly<Record<string, FieldDefinition>>;
  /** Rules across fields: each names the field its error is shown at. */
  crossFieldRules?: readonly CrossFieldRule[];
}

export interface CrossFieldRule {
  /** Field the error belongs to (and the page that shows it). */
  field: string;
  code: string;
  /** True when the answers satisfy the rule. */
  holds: (answers: Answers) => boolean;
}

/** Values as the form stores them: strings as typed, string arrays for checkboxes, dates as three parts. */
export type AnswerValue = string | string[] | DateParts;
export type Answers = Record<string, AnswerValue | undefined>;

export interface DateParts {
  day: string;
  month: string;
  year: string;
}
