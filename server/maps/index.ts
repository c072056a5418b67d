export { loadMapConfig, type MapConfig } from './map-config';
export { mapRoutes } from './tile-route';
export { startTileSandbox, type TileSandbox } from './tile-sandbox';
