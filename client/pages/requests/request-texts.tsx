import type { RequestDoc } from '../../../domain/request/request-document';
import { serviceTitle, useService } from '../../catalogue/catalogue';
import { isolate } from '../../format/isolate';
import { fieldErrorText } from '../../i18n/field-error-text';
import type { Translate } from '../../i18n/i18n';

/** The service's name in the current language ("Sperrmüllkarte"). */
export function serviceName(t: Translate, serviceId: string): string {
  return serviceTitle(serviceId);
}

/** How a request is named in lists and notices: "Sperrmüllkarte – SPM-2026-000123" once it has its Aktenzeichen. */
export function requestLabel(t: Translate, doc: Pick<RequestDoc, 'serviceId' | 'reference'>): string {
  return `${serviceName(t, doc.serviceId)}${doc.reference ? ` – ${isolate(doc.reference)}` : ''}`;
}

/** The routing worker's reasons for handing a request back, worded like form errors. */
export function ProblemList({ t, doc }: { t: Translate; doc: RequestDoc }) {
  const service = (useService(doc.serviceId) ?? undefined);
  if (!doc.problems?.length || !service) return null;
  return (
    <ul class="bullet-list">
      {doc.problems.map((p) => (
        <li key={`${p.field}-${p.code}`}>{fieldErrorText(t, service.namespace, p)}</li>
      ))}
    </ul>
  );
}
