import './SlotPicker.css';
/** The chunk `lazy-slots` loads: the slot components and, through them, the slot calendar. */
export { SlotPicker } from './SlotPicker';
export { SlotAlternatives } from './SlotAlternatives';
export { AppointmentDetails } from './AppointmentDetails';
