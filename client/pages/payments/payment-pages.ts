// The payment pages' one chunk (see App.tsx).
export { PayPage } from './PayPage';
export { InvoicePage } from './InvoicePage';
