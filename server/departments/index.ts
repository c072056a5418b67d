export {
  activeDepartment,
  activeDepartmentIds,
  departmentDocId,
  departmentNamer,
  listDepartments,
  readDepartmentDoc,
  toRecord,
  type DepartmentDoc,
} from './department-directory';
export { ensureDepartments } from './seed-departments';
export { departmentRoutes } from './department-routes';
