import type { RxJsonSchema, RxStorage } from 'rxdb/plugins/core';
import { wrappedValidateStorageFactory } from 'rxdb/plugins/core';
import { REQUEST_SCHEMA } from '../../../domain/request/request-document';
import { validateRequestDoc } from './validate-request-doc';

/**
 * RxDB's validating storage wrapper (the mechanism behind `wrappedValidateAjvStorage`), fed with
 * the precompiled ajv validator instead of compiling at run time (see
 * generate-request-validator.ts: the CSP forbids eval). Request documents are checked on every
 * write; RxDB's internal stores (checkpoints, local documents) have RxDB-defined schemas and pass.
 */
const wrap = wrappedValidateStorageFactory((schema: RxJsonSchema<unknown>) => {
  if (schema.title !== REQUEST_SCHEMA.title || (schema.primaryKey as unknown) !== REQUEST_SCHEMA.primaryKey) return () => [];
  return (doc: unknown) => validateRequestDoc(doc as Record<string, unknown>) as never[];
}, 'precompiled-ajv');

export function validatedStorage<I, C>(storage: RxStorage<I, C>): RxStorage<I, C> {
  return wrap({ storage }) as RxStorage<I, C>;
}
