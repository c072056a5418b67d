/** Where the citizen pays online (and lands back from the provider). */
export function payPath(requestId: string): string {
  return `/antraege/${encodeURIComponent(requestId)}/bezahlen`;
}

/** The invoice for paying by bank transfer. */
export function invoicePath(requestId: string): string {
  return `/antraege/${encodeURIComponent(requestId)}/rechnung`;
}

/** The PDFs the server makes; kept on the device once fetched. */
export function invoicePdfUrl(requestId: string): string {
  return `/api/requests/${encodeURIComponent(requestId)}/invoice.pdf`;
}

export function paymentReceiptPdfUrl(requestId: string): string {
  return `/api/requests/${encodeURIComponent(requestId)}/payment-receipt.pdf`;
}
