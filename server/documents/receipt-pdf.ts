import type { TFunction } from 'i18next';
import type { RequestDoc } from '../../domain/request/request-document';
import { PdfWriter } from './pdf-layout';
import { CITY, berlinTime, documentTag, labelledAnswers, serviceTitle, type DepartmentNamer } from './request-texts';

/** A file the request carries, as the files module records it. */
export interface AttachedFile {
  id: string;
  name?: string;
  sha256?: string;
}

/**
 * The acknowledgment of receipt (Eingangsbestätigung): city header, reference, date and time
 * received, every answer with its label and the attached files with their SHA-256. It is made
 * from the stored request, which no longer changes after receipt in what it shows, so the same
 * request always gives the same document.
 */
export async function receiptPdf(
  t: TFunction,
  locale: string,
  doc: RequestDoc,
  files: AttachedFile[],
  departmentName: DepartmentNamer,
): Promise<Uint8Array> {
  const pdf = await PdfWriter.create({
    title: `${t('documents:receipt.title')} ${doc.reference ?? ''}`.trim(),
    header: CITY,
    language: documentTag(t),
    reference: doc.reference,
    // The moment of receipt, so the same request always gives the same bytes.
    createdAt: doc.receivedAt ?? doc.updatedAt,
  });
  pdf.heading(t('documents:receipt.title'), 15);
  pdf.paragraph(t('documents:receipt.intro', { service: serviceTitle(t, doc.serviceId) }));
  pdf.field(t('documents:reference'), doc.reference ?? '–');
  pdf.field(t('documents:service'), serviceTitle(t, doc.serviceId));
  pdf.field(t('documents:receivedAt'), doc.receivedAt ? berlinTime(doc.receivedAt, locale) : '–');
  pdf.field(t('documents:department'), departmentName(doc.department));
  pdf.heading(t('documents:answers'));
  for (const { label, value } of labelledAnswers(t, doc, locale)) pdf.field(label, value);
  pdf.heading(t('documents:files'));
  if (files.length === 0) pdf.paragraph(t('documents:noFiles'));
  for (const file of files) pdf.field(file.name ?? file.id, `SHA-256: ${file.sha256 ?? t('documents:hashUnknown')}`);
  pdf.paragraph(t('documents:receipt.footer'), 9);
  return pdf.bytes();
}
