import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ARCHIVE_VERDICTS, type ArchiveOffer, type ArchiveVerdict } from '../../domain/archive/hand-over';
import { currentCity } from '../../domain/city/load-city';
import { code, el, xml, XDOMEA_NS } from './xdomea-xml';

/**
 * The xdomea 3.0 messages of the hand-over that the portal writes (0501, the offer) and reads
 * (0502, the archive's evaluation; 0506, its import confirmation). Element names as in xdomea's
 * AussonderungDurchfuehren types; namespace prefixes are ignored when reading, and both the 3.0
 * form of a code (`Aussonderungsart › Aussonderungsart › code`) and the 2.x one are accepted.
 */

/** Message 0501: every case of the offer as a Vorgang with its metadata, to be evaluated (B). */
export function offerXml(offer: ArchiveOffer, archiveName: string, titleOf: (serviceId: string) => string): string {
  const city = currentCity();
  const head = el(
    'Kopf',
    el('ProzessID', offer.processId) +
      el('Nachrichtentyp', code('nachrichtentyp', '0501')) +
      el('Erstellungszeitpunkt', offer.createdAt) +
      el('Absender', el('Institution', el('Name', xml(`Stadt ${city.name}`)))) +
      el('Empfaenger', el('Institution', el('Name', xml(archiveName)))) +
      el('SendendesSystem', el('Produktname', xml(city.portalName))) +
      el('Empfangsbestaetigung', 'true'),
  );
  const objects = offer.cases
    .filter((c) => !c.gone)
    .map((c) =>
      el(
        'Schriftgutobjekt',
        el(
          'Vorgang',
          el('Identifikation', el('ID', xml(c.requestId))) +
            el('AllgemeineMetadaten', el('Betreff', xml(titleOf(c.serviceId))) + el('Kennzeichen', xml(c.reference))) +
            el('Archivmerkmal', el('Aussonderungsart', el('Aussonderungsart', code('aussonderungsart', 'B')))) +
            el('Laufzeit', el('Ende', c.closedOn)),
        ),
      ),
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<xdomea:Aussonderung.Anbieteverzeichnis.0501 xmlns:xdomea="${XDOMEA_NS}">${head}${objects}</xdomea:Aussonderung.Anbieteverzeichnis.0501>\n`;
}

/** What is wrong with a message the archive sent: the field names the element. */
export class HandOverXmlError extends Error {
  constructor(readonly field: string, readonly problem: string) {
    super(`${field}: ${problem}`);
  }
}

const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: true,
  parseTagValue: false,
  isArray: (name) => name === 'BewertetesObjekt' || name === 'AusgesondertesSGO',
});

type Node = Record<string, unknown>;
const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : v && typeof v === 'object' && 'code' in v ? text((v as Node).code) : '');

function readMessage(xml: string, root: string, processId: string): Node {
  if (XMLValidator.validate(xml) !== true) throw new HandOverXmlError('xml', 'notWellFormed');
  const doc = parser.parse(xml) as Node;
  const message = doc[root] as Node | undefined;
  if (!message) throw new HandOverXmlError('xml', `expected ${root}`);
  const head = (message.Kopf ?? {}) as Node;
  if (text(head.ProzessID) !== processId) throw new HandOverXmlError('Kopf.ProzessID', 'otherProcess');
  return message;
}

/** Message 0502: the archive's verdict per offered case. */
export function readEvaluation(xml: string, processId: string): { id: string; verdict: ArchiveVerdict }[] {
  const message = readMessage(xml, 'Aussonderung.Bewertungsverzeichnis.0502', processId);
  return ((message.BewertetesObjekt ?? []) as Node[]).map((o) => {
    const id = text(o.ID);
    const art = o.Aussonderungsart as Node | undefined;
    const verdict = text(art && typeof art === 'object' && 'Aussonderungsart' in art ? art.Aussonderungsart : art);
    if (!id) throw new HandOverXmlError('BewertetesObjekt.ID', 'missing');
    if (!(ARCHIVE_VERDICTS as readonly string[]).includes(verdict)) throw new HandOverXmlError('BewertetesObjekt.Aussonderungsart', `invalid:${id}`);
    return { id, verdict: verdict as ArchiveVerdict };
  });
}

/** Message 0506: per case whether the archive imported it, and under which signature. */
export function readImport(xml: string, processId: string): { id: string; imported: boolean; archivedAs?: string }[] {
  const message = readMessage(xml, 'Aussonderung.AussonderungImportBestaetigen.0506', processId);
  return ((message.AusgesondertesSGO ?? []) as Node[]).map((o) => {
    const id = text(o.IDSGO);
    if (!id) throw new HandOverXmlError('AusgesondertesSGO.IDSGO', 'missing');
    const archivedAs = text(o.Archivkennung);
    return { id, imported: text(o.Erfolgreich) === 'true', ...(archivedAs ? { archivedAs } : {}) };
  });
}
