export { receiptPdf, type AttachedFile } from './receipt-pdf';
export { caseFilePdf, type CaseFileMessage } from './case-file-pdf';
export { receiptRoutes } from './receipt-routes';
export { paymentPdfRoutes } from './payment-pdf-routes';
export { invoicePdf, paymentReceiptPdf, type InvoiceAccount } from './payment-pdfs';
export { decisionLetter, letterDigest, berlinDay, type LetterFacts } from './decision-letter';
export { decisionPdf } from './decision-pdf';
