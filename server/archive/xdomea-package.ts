import { randomUUID } from 'node:crypto';
import { zipSync } from 'fflate';
import { currentCity } from '../../domain/city/load-city';
import type { StoredRequest } from '../requests';
import { code, el, xml, XDOMEA_NS } from './xdomea-xml';

/** A document that goes into the package: the case file (PDF/A) or a citizen's upload as sent. */
export interface PackageDocument {
  id: string;
  title: string;
  /** File name as the citizen or the portal gave it. */
  name: string;
  mediaType: string;
  sha256: string;
  content: Uint8Array;
  /** PDF/A-2b for what the portal made; the upload's own format otherwise. */
  formatVersion?: string;
}

export interface AussonderungInput {
  request: StoredRequest;
  serviceTitle: string;
  closedOn: string;
  documents: PackageDocument[];
  now: Date;
  processId?: string;
}

const extension = (name: string) => name.split('.').pop()?.toLowerCase().replace(/[^a-z0-9]/g, '') || 'bin';

/** The file name a document has inside the package: its id first, so two uploads of the same name never collide. */
export const packagedName = (doc: Pick<PackageDocument, 'id' | 'name'>) => `${doc.id}_${doc.name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')}`;

/**
 * The metadata of a case handed to the archive, in the structure of xdomea 3.0's message
 * Aussonderung.Aussonderung.0503 (Kopf; Schriftgutobjekt › Vorgang › Dokument › Version › Format ›
 * Primaerdokument). In xdomea's hand-over 0501 is the offer, 0502 the archive's evaluation and 0503
 * the transfer itself (as public xdomea tools such as the Bundesarchiv's x-man name them). The XSD
 * is not vendored here, so the XML is not validated against the schema (README).
 */
export function aussonderungXml(input: AussonderungInput, processId: string): string {
  const r = input.request;
  const city = currentCity();
  const documents = input.documents
    .map((d) =>
      el(
        'Dokument',
        el('Identifikation', el('ID', d.id)) +
          el('AllgemeineMetadaten', el('Betreff', xml(d.title)) + el('Bemerkung', `SHA-256: ${d.sha256}`)) +
          el(
            'Version',
            el('Nummer', '1') +
              el(
                'Format',
                el('Name', code('dateiformat', extension(d.name))) +
                  el('Version', xml(d.formatVersion ?? d.mediaType)) +
                  el('Primaerdokument', el('Dateiname', xml(packagedName(d))) + el('DateinameOriginal', xml(d.name))),
              ),
          ),
      ),
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<xdomea:Aussonderung.Aussonderung.0503 xmlns:xdomea="${XDOMEA_NS}">${el(
    'Kopf',
    el('ProzessID', processId) +
      el('Nachrichtentyp', code('nachrichtentyp', '0503')) +
      el('Erstellungszeitpunkt', input.now.toISOString()) +
      el('Absender', el('Institution', el('Name', xml(city.authority)) + el('Kurzbezeichnung', xml(r.department ?? '')))) +
      el('Empfaenger', el('Institution', el('Name', xml(`Stadtarchiv ${city.name}`)))) +
      el('SendendesSystem', el('Produktname', xml(city.portalName))) +
      el('Importbestaetigung', 'true') +
      el('Empfangsbestaetigung', 'true'),
  )}${el(
    'Schriftgutobjekt',
    el(
      'Vorgang',
      el('Identifikation', el('ID', r._id)) +
        el('AllgemeineMetadaten', el('Betreff', xml(input.serviceTitle)) + el('Kennzeichen', xml(r.reference ?? ''))) +
        el('Archivmerkmal', el('Aussonderungsart', code('aussonderungsart', 'A'))) +
        el('Laufzeit', el('Beginn', (r.receivedAt ?? r.createdAt).slice(0, 10)) + el('Ende', input.closedOn)) +
        documents,
    ),
  )}</xdomea:Aussonderung.Aussonderung.0503>
`;
}

/** The transfer package: `<ProzessID>_Aussonderung.Aussonderung.0503.zip` with the XML and every document. */
export function aussonderungPackage(input: AussonderungInput): { name: string; processId: string; zip: Uint8Array } {
  const processId = input.processId ?? randomUUID();
  const base = `${processId}_Aussonderung.Aussonderung.0503`;
  const files: Record<string, Uint8Array> = { [`${base}.xml`]: new TextEncoder().encode(aussonderungXml(input, processId)) };
  for (const d of input.documents) files[packagedName(d)] = d.content;
  // Fixed time stamps inside the zip: the same case gives the same package bytes.
  return { name: `${base}.zip`, processId, zip: zipSync(files, { level: 6, mtime: input.now }) };
}
