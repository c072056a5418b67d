export { receiptPdf, type AttachedFile } from './receipt-pdf';
export { caseFilePdf, type CaseFileMessage } from './case-file-pdf';
export { receiptRoutes } from './receipt-routes';
