import type { RxJsonSchema, RxStorage } from 'rxdb/plugins/core';
import { wrappedValidateStorageFactory } from 'rxdb/plugins/core';
import { REQUEST_SCHEMA } from '../../../domain/request/request-document';
import { MESSAGE_SCHEMA } from '../../../domain/messages/message-document';
import { validateMessageDoc } from '../message-validation/validate-message-doc';
import { validateRequestDoc } from './validate-request-doc';

/**
 * RxDB's validating storage wrapper (the mechanism behind `wrappedValidateAjvStorage`), fed with
 * the precompiled ajv validator instead of compiling at run time (see
 * generate-request-validator.ts: the CSP forbids eval). Request documents are checked on every
 * write (messages against their own schema); RxDB's internal stores (checkpoints, local documents) have RxDB-defined schemas and pass.
 */
const wrap = wrappedValidateStorageFactory((schema: RxJsonSchema<unknown>) => {
  if (schema.title === MESSAGE_SCHEMA.title && (schema.primaryKey as unknown) === MESSAGE_SCHEMA.primaryKey) {
    return (doc: unknown) => validateMessageDoc(doc as Record<string, unknown>) as never[];
  }
  if (schema.title !== REQUEST_SCHEMA.title || (schema.primaryKey as unknown) !== REQUEST_SCHEMA.primaryKey) return () => [];
  return (doc: unknown) => validateRequestDoc(doc as Record<string, unknown>) as never[];
}, 'precompiled-ajv');

export function validatedStorage<I, C>(storage: RxStorage<I, C>): RxStorage<I, C> {
  return wrap({ storage }) as RxStorage<I, C>;
}
