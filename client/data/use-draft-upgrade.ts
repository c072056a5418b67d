import { useEffect } from 'preact/hooks';
import { canMigrate } from '../../domain/catalogue/migration-paths';
import type { ServiceDefinition } from '../../domain/catalogue/service-definition';
import type { RequestDoc } from '../../domain/request/request-document';
import { upgradeDraft } from './request-store';

/**
 * Opening a draft of an older form version moves it to the version the pages show. True while
 * that is pending: the page waits, so it never shows old answers under new questions.
 */
export function useDraftUpgrade(service: ServiceDefinition, doc: RequestDoc | null | undefined): boolean {
  const outdated =
    !!doc && doc.status === 'draft' && doc.catalogueVersion < service.version && canMigrate(doc.serviceId, doc.catalogueVersion, service.version);
  useEffect(() => {
    if (outdated && doc) void upgradeDraft(doc.id, service.version);
  }, [outdated]);
  return outdated;
}
