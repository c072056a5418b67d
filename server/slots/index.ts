export { bookSlot, closeSlot, releaseSlot, reopenSlot, slotsOfDate, takenCounts, slotDocId } from './slot-bookings';
export { freeSlots, alternativesFor, type FreeSlot } from './free-slots';
export { slotRoutes } from './slot-routes';
export { overHoldingLimits } from './holding-limits';
export { limitedAlternatives, withinLimits } from './within-limits';
