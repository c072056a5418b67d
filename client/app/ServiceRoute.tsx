import type { ComponentType } from 'preact';
import { useService } from '../catalogue/catalogue';
import { Loading } from '../components/Loading/Loading';
import type { FormService } from '../../domain/catalogue/service-definition';
import { NotFoundPage } from '../pages/NotFoundPage';

interface Props {
  params: { serviceId: string } & Record<string, string>;
  query: Record<string, string>;
  page: ComponentType<{ service: FormService; params: Record<string, string>; query: Record<string, string> }>;
}

/**
 * Resolves `/:serviceId/…` against the catalogue the device holds: a service the catalogue
 * doesn't name is "page not found", like any other unknown address.
 */
export function ServiceRoute({ params, query, page: Page }: Props) {
  const service = useService(params.serviceId);
  if (service === undefined) return <Loading />;
  if (service === null) return <NotFoundPage />;
  return <Page service={service} params={params} query={query} />;
}
