export { contractDoor, findEndpoint, type Admitted } from './contract-door';
export { admittedInput, contractRouter, type Handler } from './route';
export { apiReferenceRoutes } from './reference-routes';
export { openApiDocument } from './openapi';
