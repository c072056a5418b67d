export { startIdentitySandbox, type IdentitySandbox, type IdentitySandboxOptions } from './identity-sandbox';
export { TEST_PERSONS, type TestPerson } from './test-persons';
