export { disposerRoutes } from './disposer-routes';
export { disposerKeyAuth } from './key-auth';
export { parseDisposerCompanies, DEMO_DISPOSER, type DisposerCompany } from './companies';
export { loadTour } from './tour-list';
export { tourPdf } from './tour-pdf';
