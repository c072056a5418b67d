import type { TFunction } from 'i18next';
import { historyReasonText } from '../../domain/request/history-reason';
import type { RequestDoc } from '../../domain/request/request-document';
import type { AttachedFile } from './receipt-pdf';
import { PdfWriter } from './pdf-layout';
import { CITY, berlinTime, documentTag, labelledAnswers, serviceTitle, type DepartmentNamer } from './request-texts';

export interface CaseFileMessage {
  from: 'citizen' | 'clerk';
  text: string;
  createdAt: string;
  attachment?: { name: string; sha256: string };
}

/** The case file for the department's records: answers, history, messages and the list of files. */
export async function caseFilePdf(
  t: TFunction,
  locale: string,
  doc: RequestDoc,
  extra: {
    citizen: { name: string; email: string } | null;
    messages: CaseFileMessage[];
    files: AttachedFile[];
    createdAt: string;
    departmentName: DepartmentNamer;
  },
): Promise<Uint8Array> {
  const pdf = await PdfWriter.create({
    title: `${t('documents:caseFile.title')} ${doc.reference ?? ''}`.trim(),
    header: CITY,
    language: documentTag(t),
    reference: doc.reference,
    createdAt: extra.createdAt,
  });
  pdf.heading(`${t('documents:caseFile.title')} ${doc.reference ?? ''}`.trim(), 15);
  pdf.field(t('documents:reference'), doc.reference ?? '–');
  pdf.field(t('documents:service'), serviceTitle(t, doc.serviceId));
  pdf.field(t('documents:status'), t(`common:statuses.${doc.status}`));
  pdf.field(t('documents:department'), extra.departmentName(doc.department));
  pdf.field(t('documents:receivedAt'), doc.receivedAt ? berlinTime(doc.receivedAt, locale) : '–');
  pdf.field(t('documents:citizen'), extra.citizen ? `${extra.citizen.name} <${extra.citizen.email}>` : '–');
  pdf.field(t('documents:caseFile.exportedAt'), berlinTime(extra.createdAt, locale));
  pdf.heading(t('documents:answers'));
  for (const { label, value } of labelledAnswers(t, doc, locale)) pdf.field(label, value);
  pdf.heading(t('documents:history'));
  for (const entry of doc.history) {
    const what = [t(`common:statuses.${entry.status}`), t(`documents:actors.${entry.actor}`), entry.department ? extra.departmentName(entry.department) : '', entry.reason ? historyReasonText(t, entry.reason) : '']
      .filter(Boolean)
      .join(' – ');
    pdf.field(berlinTime(entry.at, locale), what);
  }
  pdf.heading(t('documents:messages'));
  if (extra.messages.length === 0) pdf.paragraph(t('documents:noMessages'));
  for (const m of extra.messages) {
    const attachment = m.attachment ? `\n${t('documents:attachment')}: ${m.attachment.name} (SHA-256: ${m.attachment.sha256})` : '';
    pdf.field(`${berlinTime(m.createdAt, locale)}\n${t(`documents:actors.${m.from}`)}`, `${m.text}${attachment}`);
  }
  pdf.heading(t('documents:files'));
  if (extra.files.length === 0) pdf.paragraph(t('documents:noFiles'));
  for (const file of extra.files) pdf.field(file.name ?? file.id, `SHA-256: ${file.sha256 ?? t('documents:hashUnknown')}`);
  return pdf.bytes();
}
