import { createHash } from 'node:crypto';
import { PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { SRGB_DESCRIPTION, srgbIccProfile } from './srgb-icc';
import { currentCity } from '../../domain/city/load-city';

/** What the archive needs to find a document again without opening it. */
export interface ArchiveMetadata {
  title: string;
  author: string;
  /** The case's reference number, when the document belongs to one. */
  reference?: string;
  language: string;
  /** When the document was made (ISO); also its modification date, since it is never edited. */
  createdAt: string;
}

/** The configured city's portal makes the document (the same name in the info dictionary and the XMP, as PDF/A wants). */
const producer = () => currentCity().portalName;
const NS_PORTAL = 'https://buergerportal.example/ns/akte/1.0/';

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** XMP for PDF/A-2b, with the Aktenzeichen in an own namespace described by a PDF/A extension schema, as PDF/A requires for any property outside the predefined schemas. */
export function xmpPacket(meta: ArchiveMetadata): string {
  const date = new Date(meta.createdAt).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const reference = meta.reference ?? '';
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
<pdfaid:part>2</pdfaid:part>
<pdfaid:conformance>B</pdfaid:conformance>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(meta.title)}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>${xml(meta.author)}</rdf:li></rdf:Seq></dc:creator>
<dc:language><rdf:Bag><rdf:li>${xml(meta.language)}</rdf:li></rdf:Bag></dc:language>
${reference ? `<dc:identifier>${xml(reference)}</dc:identifier>` : ''}
</rdf:Description>
<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
<xmp:CreateDate>${date}</xmp:CreateDate>
<xmp:ModifyDate>${date}</xmp:ModifyDate>
<xmp:MetadataDate>${date}</xmp:MetadataDate>
<xmp:CreatorTool>${xml(producer())}</xmp:CreatorTool>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<pdf:Producer>${xml(producer())}</pdf:Producer>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:akte="${NS_PORTAL}">
<akte:Aktenzeichen>${xml(reference)}</akte:Aktenzeichen>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
<pdfaSchema:schema>Bürgerportal Akte</pdfaSchema:schema>
<pdfaSchema:namespaceURI>${NS_PORTAL}</pdfaSchema:namespaceURI>
<pdfaSchema:prefix>akte</pdfaSchema:prefix>
<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
<pdfaProperty:name>Aktenzeichen</pdfaProperty:name>
<pdfaProperty:valueType>Text</pdfaProperty:valueType>
<pdfaProperty:category>external</pdfaProperty:category>
<pdfaProperty:description>Aktenzeichen des Vorgangs</pdfaProperty:description>
</rdf:li></rdf:Seq></pdfaSchema:property>
</rdf:li></rdf:Bag></pdfaExtension:schemas>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

/**
 * Makes a pdf-lib document PDF/A-2b: the document information matches the XMP (title, author,
 * producer, dates), the XMP stream sits uncompressed in the catalogue, an sRGB OutputIntent
 * gives every DeviceRGB colour its meaning, and the trailer carries a file identifier. The
 * caller embeds every font (PdfWriter does) and adds no links, forms, JavaScript or transparency
 * groups.
 */
export function makePdfA(doc: PDFDocument, meta: ArchiveMetadata): void {
  const when = new Date(meta.createdAt);
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setProducer(producer());
  doc.setCreator(producer());
  doc.setCreationDate(when);
  doc.setModificationDate(when);
  const context = doc.context;
  const metadata = context.stream(new TextEncoder().encode(xmpPacket(meta)), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), context.register(metadata));
  const icc = context.flateStream(srgbIccProfile(), { N: 3 });
  const intent = context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    OutputConditionIdentifier: PDFString.of(SRGB_DESCRIPTION),
    Info: PDFString.of(SRGB_DESCRIPTION),
    DestOutputProfile: context.register(icc),
  });
  doc.catalog.set(PDFName.of('OutputIntents'), context.obj([context.register(intent)]));
  doc.catalog.set(PDFName.of('Lang'), PDFString.of(meta.language));
  const id = createHash('md5').update(`${meta.title}\n${meta.reference ?? ''}\n${meta.createdAt}`).digest('hex');
  context.trailerInfo.ID = context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
}
