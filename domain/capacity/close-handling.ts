/**
 * What happens to the bookings of a day being closed: moved to the next open day (or slot) with
 * room in the same district and pool, or given back to the citizen to choose again.
 */
export const CLOSE_HANDLINGS = ['move', 'cancel'] as const;
export type CloseHandling = (typeof CLOSE_HANDLINGS)[number];
