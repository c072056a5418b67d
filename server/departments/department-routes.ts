import type { Router } from 'express';
import { api } from '../../domain/api';
import { contractRouter } from '../http/contract';
import type { Store } from '../store';
import { listDepartments } from './department-directory';

/**
 * `GET /api/departments`: every department with its names and whether it takes requests. Public,
 * like the city's organisation chart: the app names the department on a citizen's request (also
 * offline, from its copy) and offers active ones to forward to.
 */
export function departmentRoutes(store: Store): Router {
  const { router, route } = contractRouter('/api/departments');
  route(api('departments.list'), async (_input, _req, res) => {
    res.json({ departments: await listDepartments(store) });
  });
  return router;
}
