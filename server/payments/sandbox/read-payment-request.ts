import type { PaymentLineItem, PaymentRequest } from '../provider';

const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;
const isCents = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 99_999_999_999;
const isHttpUrl = (v: unknown): v is string => isText(v, 2000) && /^https?:\/\/[^\s]+$/.test(v);

function readItem(raw: unknown): PaymentLineItem | undefined {
  const i = raw as Record<string, unknown> | null;
  const booking = i?.bookingData as Record<string, unknown> | undefined;
  if (!i || !isText(i.id, 100) || !isText(i.description, 500) || !Number.isInteger(i.quantity) || (i.quantity as number) < 1 || !isCents(i.unitPriceCents)) return undefined;
  if (!booking || !isText(booking.costCenter, 64) || !isText(booking.revenueAccount, 64) || !isText(booking.cashReference, 64)) return undefined;
  return {
    id: i.id,
    description: i.description,
    quantity: i.quantity as number,
    unitPriceCents: i.unitPriceCents as number,
    bookingData: { costCenter: booking.costCenter, revenueAccount: booking.revenueAccount, cashReference: booking.cashReference },
  };
}

/** The payment request as a provider checks it; a string names the first field that is wrong. */
export function readPaymentRequest(body: unknown): PaymentRequest | string {
  const b = (body ?? {}) as Record<string, unknown>;
  if (!isText(b.requestId, 100)) return 'requestId';
  if (!isCents(b.amountCents)) return 'amountCents';
  if (b.currency !== 'EUR') return 'currency';
  if (!isText(b.purpose, 140)) return 'purpose';
  if (!isText(b.description, 500)) return 'description';
  if (!isHttpUrl(b.redirectUrl)) return 'redirectUrl';
  if (!isHttpUrl(b.notifyUrl)) return 'notifyUrl';
  const requestor = b.requestor as Record<string, unknown> | undefined;
  if (!requestor || !isText(requestor.id, 100)) return 'requestor';
  if (!Array.isArray(b.items) || b.items.length < 1 || b.items.length > 50) return 'items';
  const items = b.items.map(readItem);
  if (items.some((i) => !i)) return 'items';
  const total = items.reduce((sum, i) => sum + i!.quantity * i!.unitPriceCents, 0);
  if (total !== b.amountCents) return 'amountCents';
  return {
    requestId: b.requestId,
    amountCents: b.amountCents,
    currency: 'EUR',
    purpose: b.purpose,
    description: b.description,
    redirectUrl: b.redirectUrl,
    notifyUrl: b.notifyUrl,
    requestor: {
      id: requestor.id,
      ...(isText(requestor.name, 200) ? { name: requestor.name } : {}),
      ...(isText(requestor.email, 200) ? { email: requestor.email } : {}),
    },
    items: items as PaymentLineItem[],
    ...(isText(b.language, 20) ? { language: b.language } : {}),
  };
}
