export {
  EMPTY_SETTINGS,
  MAX_PER_SLOT,
  applySettings,
  checkDay,
  checkDistrict,
  checkFigures,
  checkHours,
  currentFigures,
  type CapacitySettings,
  type DayClosure,
  type Hours,
  type Problem,
} from './capacity-settings';
export { CLOSE_HANDLINGS, type CloseHandling } from './close-handling';
