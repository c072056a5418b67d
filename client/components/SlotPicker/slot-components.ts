import './SlotPicker.css';
/** The chunk `lazy-slots` loads: both slot components and, through them, the slot calendar. */
export { SlotPicker } from './SlotPicker';
export { SlotAlternatives } from './SlotAlternatives';
