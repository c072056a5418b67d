/**
 * Entry `boot` of a prerendered page (client/app/prerendered-scripts.ts says why): starts the app
 * once the page is on screen. A `requestAnimationFrame` callback runs just before a frame is
 * painted; a timer set there fires after that paint.
 */
import { runAppScripts } from './app/prerendered-scripts';

requestAnimationFrame(() => setTimeout(runAppScripts, 0));
