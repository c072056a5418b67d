import type { TFunction } from 'i18next';
import type { DecisionLetter } from '../../domain/decisions/decision-letter';
import { PdfWriter } from './pdf-layout';

/**
 * The decision letter (Bescheid) as PDF, drawn with the shared PdfWriter so it gets whatever the
 * portal's documents get (fonts, archive metadata). Same letter in, same content out.
 */
export async function decisionPdf(t: TFunction, letter: DecisionLetter): Promise<Uint8Array> {
  // Letters are German, the official language (the screens around them speak the clerk's language).
  const pdf = await PdfWriter.create({ title: `${t('decision-letter:pdfTitle')} ${letter.reference}`, header: letter.letterhead.city, language: 'de', reference: letter.reference });
  pdf.paragraph(letter.letterhead.department, 11);
  pdf.paragraph(letter.recipient, 11);
  pdf.field(t('decision-letter:reference'), letter.reference);
  pdf.field(t('decision-letter:date'), letter.dateText);
  pdf.heading(letter.subject, 13);
  pdf.paragraph(letter.salutation, 11);
  for (const part of letter.text.split(/\n{2,}/)) pdf.paragraph(part, 11);
  pdf.paragraph(letter.closing, 11);
  pdf.paragraph(`${letter.signature.name}\n${letter.signature.department}`, 11);
  pdf.paragraph(t('decision-letter:noSignature'), 9);
  if (letter.remedy) {
    pdf.heading(letter.remedy.title, 12);
    pdf.paragraph(letter.remedy.text, 10);
  }
  return pdf.bytes();
}
