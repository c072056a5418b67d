/**
 * A tiny anti-aliased rasteriser for the app icons, on top of pngjs.
 *
 * Why not sharp/canvas: both pull native binaries into the build; the icons are a handful of
 * rectangles, triangles and circles, so point-in-shape tests with supersampling are enough and
 * keep the build dependency-free apart from pngjs (pure JS).
 */
import { PNG } from 'pngjs';

/** Coordinates are in pixels of the target image; y grows downwards. */
export type Shape =
  | { kind: 'rect'; x0: number; y0: number; x1: number; y1: number }
  | { kind: 'roundedRect'; x0: number; y0: number; x1: number; y1: number; radius: number }
  | { kind: 'polygon'; points: ReadonlyArray<readonly [number, number]> }
  | { kind: 'circle'; cx: number; cy: number; r: number };

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** A coloured figure: the union of `shapes` minus the union of `holes`. */
export interface Layer {
  color: Rgb;
  shapes: readonly Shape[];
  holes?: readonly Shape[];
}

/**
 * 4×4 samples per pixel: enough that the 2 px columns of the 32 px favicon keep soft, even edges,
 * and still well under a second for all icons together.
 */
const SAMPLES_PER_AXIS = 4;

export function hexToRgb(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`Not a #rrggbb colour: ${hex}`);
  return { r: parseInt(match[1], 16), g: parseInt(match[2], 16), b: parseInt(match[3], 16) };
}

export function containsPoint(shape: Shape, x: number, y: number): boolean {
  switch (shape.kind) {
    case 'rect':
      return x >= shape.x0 && x < shape.x1 && y >= shape.y0 && y < shape.y1;
    case 'circle': {
      const dx = x - shape.cx;
      const dy = y - shape.cy;
      return dx * dx + dy * dy < shape.r * shape.r;
    }
    case 'roundedRect': {
      if (x < shape.x0 || x >= shape.x1 || y < shape.y0 || y >= shape.y1) return false;
      // Distance to the nearest corner centre, only outside the inner cross of the rectangle.
      const cx = Math.min(Math.max(x, shape.x0 + shape.radius), shape.x1 - shape.radius);
      const cy = Math.min(Math.max(y, shape.y0 + shape.radius), shape.y1 - shape.radius);
      const dx = x - cx;
      const dy = y - cy;
      return dx * dx + dy * dy < shape.radius * shape.radius;
    }
    case 'polygon': {
      // Even-odd ray casting; the emblem only uses convex polygons, but this costs nothing more.
      let inside = false;
      const pts = shape.points;
      for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
        const [xi, yi] = pts[i];
        const [xj, yj] = pts[j];
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
      return inside;
    }
  }
}

type PointTest = (x: number, y: number) => boolean;

/**
 * Turns a layer into one point test with a bounding-box reject first: most samples of a 512 px
 * icon are far from most shapes, and this keeps a full icon set at a few hundred milliseconds.
 */
function compileLayer(layer: Layer): PointTest {
  const withBounds = (shape: Shape) => {
    const box = boundsOf(shape);
    return (x: number, y: number) =>
      x >= box.x0 && x < box.x1 && y >= box.y0 && y < box.y1 && containsPoint(shape, x, y);
  };
  const shapes = layer.shapes.map(withBounds);
  const holes = (layer.holes ?? []).map(withBounds);
  return (x, y) => {
    let inside = false;
    for (const test of shapes) {
      if (test(x, y)) {
        inside = true;
        break;
      }
    }
    if (!inside) return false;
    for (const test of holes) if (test(x, y)) return false;
    return true;
  };
}

function boundsOf(shape: Shape): { x0: number; y0: number; x1: number; y1: number } {
  switch (shape.kind) {
    case 'rect':
    case 'roundedRect':
      return shape;
    case 'circle':
      return { x0: shape.cx - shape.r, y0: shape.cy - shape.r, x1: shape.cx + shape.r, y1: shape.cy + shape.r };
    case 'polygon': {
      const xs = shape.points.map(([x]) => x);
      const ys = shape.points.map(([, y]) => y);
      return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
    }
  }
}

/**
 * Paints the layers bottom-up (later layers cover earlier ones) into a square RGBA PNG.
 * Pixels no layer covers stay fully transparent.
 */
export function rasterize(size: number, layers: readonly Layer[]): PNG {
  const png = new PNG({ width: size, height: size });
  const tests = layers.map(compileLayer);
  const step = 1 / SAMPLES_PER_AXIS;
  const sampleCount = SAMPLES_PER_AXIS * SAMPLES_PER_AXIS;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Premultiplied sums, so partly covered edge pixels blend correctly with transparency.
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SAMPLES_PER_AXIS; sy++) {
        for (let sx = 0; sx < SAMPLES_PER_AXIS; sx++) {
          const x = px + (sx + 0.5) * step;
          const y = py + (sy + 0.5) * step;
          for (let i = layers.length - 1; i >= 0; i--) {
            if (tests[i](x, y)) {
              r += layers[i].color.r;
              g += layers[i].color.g;
              b += layers[i].color.b;
              covered++;
              break;
            }
          }
        }
      }
      const offset = (py * size + px) * 4;
      png.data[offset] = covered ? Math.round(r / covered) : 0;
      png.data[offset + 1] = covered ? Math.round(g / covered) : 0;
      png.data[offset + 2] = covered ? Math.round(b / covered) : 0;
      png.data[offset + 3] = Math.round((covered / sampleCount) * 255);
    }
  }
  return png;
}

export function encodePng(png: PNG): Buffer {
  return PNG.sync.write(png, { colorType: 6 });
}
