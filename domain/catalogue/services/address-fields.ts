import { HOUSE_NUMBER_PATTERN } from '../../validation/contact-patterns';
import type { FieldDefinition } from '../service-definition';

/** The citizen's own address in Werne, prefilled from the profile: shared by every form that asks for it. */
export const HOUSE_NUMBER_FIELD: FieldDefinition = {
  type: 'text',
  required: true,
  maxLength: 10,
  pattern: HOUSE_NUMBER_PATTERN.source,
  width: 5,
  prefillFrom: 'houseNumber',
};

export const POSTCODE_FIELD: FieldDefinition = {
  type: 'text',
  required: true,
  maxLength: 5,
  pattern: '^[0-9]{5}$',
  autocomplete: 'postal-code',
  width: 5,
  prefillFrom: 'postcode',
};

export const STREET_FIELD: FieldDefinition = { type: 'street', required: true, prefillFrom: 'street' };
