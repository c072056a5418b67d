/**
 * A service of the city, described as data: its form (pages of questions), how it is validated,
 * what it costs, where it is routed and how long its records are kept. Definitions are plain
 * JSON (no functions), so the server can send the catalogue to devices, which cache it for
 * offline use, and client and server apply the very same rules.
 */
import type { Condition } from './condition';
import type { ReplyDeadlineRule } from './reply-deadline';
import type { LegalRemedy } from './legal-remedy';
import type { TrustLevel } from '../account/trust-level';

export type { Condition } from './condition';

export type FieldType =
  | 'text'
  | 'textarea'
  | 'number'
  | 'date'
  | 'tel'
  | 'email'
  | 'radios'
  | 'checkboxes'
  | 'street'
  | 'location'
  | 'file'
  | 'slot';

interface FieldBase {
  type: FieldType;
  required: boolean;
  /** Asked only when this holds; otherwise skipped, not validated and not sent for review. */
  showWhen?: Condition;
}

export interface CheckboxesField extends FieldBase {
  type: 'checkboxes';
  options: readonly string[];
}

export interface RadiosField extends FieldBase {
  type: 'radios';
  options: readonly string[];
}

/** Profile fields a question may be prefilled from (WCAG 3.3.7: never type the same twice). */
export type ProfileField = 'name' | 'street' | 'houseNumber' | 'postcode' | 'phone' | 'email';

export interface TextField extends FieldBase {
  type: 'text';
  maxLength: number;
  /** Optional regular expression (source) the trimmed value must match. */
  pattern?: string;
  autocomplete?: string;
  /** Input width hint for the form (characters). */
  width?: number;
  prefillFrom?: ProfileField;
}

/** Long text with a live character count. */
export interface TextareaField extends FieldBase {
  type: 'textarea';
  maxLength: number;
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
  /**
   * `futureWeekday`: after today, Monday to Friday (with `maxDaysAhead`);
   * `past`: today or earlier (with `maxDaysBack`).
   */
  rule: 'futureWeekday' | 'past';
  maxDaysAhead?: number;
  maxDaysBack?: number;
}

export interface TelField extends FieldBase {
  type: 'tel';
  prefillFrom?: 'phone';
}

export interface EmailField extends FieldBase {
  type: 'email';
  prefillFrom?: 'email';
}

/** A street of the city, chosen from the city's street list (autocomplete, works offline). */
export interface StreetField extends FieldBase {
  type: 'street';
  prefillFrom?: 'street';
}

/** A position as "lat,lon" (WGS 84, decimal degrees), e.g. taken from the device's location. */
export interface LocationField extends FieldBase {
  type: 'location';
}

/** Uploaded files: the answer is the list of file ids (files travel apart from the request). */
export interface FileField extends FieldBase {
  type: 'file';
  maxFiles: number;
  /** Media types accepted, checked from the content on the server. */
  accept: readonly string[];
  maxBytes: number;
}

/**
 * A slot from a capacity pool the server manages (pickup days, appointment times). The answer is
 * the slot id the citizen wished; the server confirms it at routing.
 */
export interface SlotField extends FieldBase {
  type: 'slot';
  pool: string;
  /** Field holding the street whose district the pool's capacity is counted per, if any. */
  districtFrom?: string;
}

export type FieldDefinition =
  | CheckboxesField
  | RadiosField
  | TextField
  | TextareaField
  | NumberField
  | DateField
  | TelField
  | EmailField
  | StreetField
  | LocationField
  | FileField
  | SlotField;

export interface PageDefinition {
  id: string;
  fields: readonly string[];
  /** The whole page is skipped unless this holds. */
  showWhen?: Condition;
}

/**
 * Fee rule: `fixed` costs the same every time; `perUnit` costs `baseCents` including
 * `includedUnits` of the number field, plus `centsPerUnit` for every started unit above.
 */
export type FeeRule =
  | { kind: 'free' }
  | { kind: 'fixed'; cents: number }
  | { kind: 'perUnit'; field: string; baseCents: number; includedUnits: number; centsPerUnit: number };

/**
 * Where a request goes: one department, or the department chosen by an answer (a choice, or the
 * district of a street), with a default for anything the map doesn't name.
 */
export type RoutingRule =
  | { kind: 'department'; department: string }
  | { kind: 'byAnswer'; field: string; map: Readonly<Record<string, string>>; default: string }
  | { kind: 'byDistrict'; streetField: string; map: Readonly<Record<string, string>>; default: string };

/**
 * What sending the form means to the citizen, for the words on the send button and the thank-you
 * page: a Mängelmelder is a report, not an application ("Antrag"). Absent: an application.
 */
export type SubmissionKind = 'application' | 'report' | 'lossReport' | 'feedback' | 'appointment';

/** `form`: filled in the portal. `external`: a link to an offer that lives elsewhere. */
export type ServiceKind = 'form' | 'external';

/** Texts in every locale the portal speaks; the key is the i18next language code. */
export type LocalizedText = Readonly<Record<string, string>>;

interface ServiceBase {
  id: string;
  version: number;
  kind: ServiceKind;
  title: LocalizedText;
  summary: LocalizedText;
  /** Groups on the start page (e.g. `abfall`, `wasser`, `strasse`, `buergerbuero`, `stadt`). */
  topic: string;
}

export interface ExternalService extends ServiceBase {
  kind: 'external';
  url: string;
}

export interface FormService extends ServiceBase {
  kind: 'form';
  /** i18next namespace that holds this service's question texts. */
  namespace: string;
  /** How sending it is worded (see SubmissionKind); an application when absent. */
  submission?: SubmissionKind;
  /** Prefix of the reference number (Aktenzeichen), e.g. `SPM` → `SPM-2026-000123`. */
  referencePrefix: string;
  routing: RoutingRule;
  fee: FeeRule;
  /** How long the city keeps a closed request and its files, in days. */
  retentionDays: number;
  /** What the privacy notice says about this service (Art. 13 DSGVO); see PrivacyFacts. */
  privacy: PrivacyFacts;
  /** When the law sets a time to answer: shown to the citizen and the clerk from the day of receipt. */
  replyDeadline?: ReplyDeadlineRule;
  /** The department's target for deciding a case, in calendar days from receipt (where no law sets a reply deadline). */
  processingDays?: number;
  /** The legal remedy a rejection letter (Bescheid) names; none for services that decide nothing appealable. */
  legalRemedy?: LegalRemedy;
  /**
   * The BundID trust level sending it needs (e.g. `substantiell` for a certificate of residence);
   * absent: any login. Checked on the device for a clear message and on the server at submit.
   */
  trustLevel?: TrustLevel;
  pages: readonly PageDefinition[];
  fields: Readonly<Record<string, FieldDefinition>>;
  /** Rules across fields: each names the field its error is shown at. */
  crossFieldRules?: readonly CrossFieldRule[];
  /** Checks that warn but never block (the citizen may know better). */
  warningRules?: readonly WarningRule[];
}

/**
 * `notBelowPrevious`: a number (e.g. a meter reading) should not be lower than the last one the
 * citizen gave for the same key (e.g. the meter number) in earlier requests of the listed services.
 */
export interface WarningRule {
  kind: 'notBelowPrevious';
  field: string;
  code: string;
  keyField: string;
  sources: readonly { serviceId: string; field: string; keyField: string }[];
}

/**
 * The letter of Art. 6 (1) DSGVO a service's processing rests on: `e` a task in the public
 * interest or in the exercise of official authority (most of a city's services), `c` a legal
 * duty, `b` a contract, `a` consent.
 */
export type LegalBasis = 'a' | 'b' | 'c' | 'e';

/**
 * Who receives a request's data beyond the department it is routed to (which the privacy notice
 * takes from `routing`) and the payment provider (taken from `fee`): `contractor` a firm working
 * for the city under Art. 28 DSGVO (e.g. the bulky-waste collection), `finder` the finder of an
 * item, who may learn who claimed it to ask for the finder's reward (§ 971 BGB).
 */
export type RecipientKind = 'contractor' | 'finder';

/**
 * The service's entry in the privacy notice, generated from here so the notice cannot drift
 * from what the portal does. The purpose is worded per language in `locales/<lng>/legal.json`
 * (`privacy.purposes.<service id>`); retention comes from `retentionDays`.
 */
export interface PrivacyFacts {
  basis: LegalBasis;
  /** The law that sets the task or duty, cited as German law is cited (not translated). */
  law: string;
  recipients: readonly RecipientKind[];
}

/** Kept as the name most of the code uses: a service with a form. */
export type ServiceDefinition = FormService;
export type CatalogueEntry = FormService | ExternalService;

export interface CrossFieldRule {
  /** Field the error belongs to (and the page that shows it). */
  field: string;
  code: string;
  /** Checked only when this holds (always when absent). */
  when?: Condition;
  /** What the answers must satisfy. */
  require: Condition;
}

/** Values as the form stores them: strings as typed, string arrays for checkboxes, dates as three parts. */
export type AnswerValue = string | string[] | DateParts;
export type Answers = Record<string, AnswerValue | undefined>;

export interface DateParts {
  day: string;
  month: string;
  year: string;
}
