export { parseSlotId, type ParsedSlot } from './slot-id';
export { easterSunday, isNrwHoliday, nrwHolidays } from './holidays-nrw';
export { SLOT_POOLS, capacityOf, closedInDistrict, countsPerDistrict, findPool, type DayPool, type SlotPool, type TimePool } from './pools';
export { candidateSlots, inBookingWindow, isBookable, nearestAlternatives, slotTime, slotsOnDate } from './candidate-slots';
export { slotDistrict, slotWish, type SlotWish } from './slot-wish';
