import { api } from '../../../domain/api';
import { apiDocsPage } from './api-docs';
import { openApiDocument } from './openapi';
import { contractRouter } from './route';

/** `/api/openapi.json` and `/api/docs`: the contract for integrators, generated once per process. */
export function apiReferenceRoutes() {
  const { router, route } = contractRouter('/api');
  const document = JSON.stringify(openApiDocument());
  const page = apiDocsPage();
  route(api('system.openapi'), (_input, _req, res) => {
    res.type('application/json').send(document);
  });
  route(api('system.docs'), (_input, _req, res) => {
    res.type('text/html; charset=utf-8').send(page);
  });
  return router;
}
