/**
 * Draws the portal's app icons at build time: a stylised town hall (pediment with a round
 * window, entablature, four columns, two steps) in white on the theme blue.
 *
 * A public building with columns reads as "Amt/Behörde" to most people, so the icon says
 * "city services" without depending on the city's coat of arms (whose use is regulated).
 */
import { BRAND } from './brand';
import { encodePng, hexToRgb, rasterize, type Layer, type Shape } from './rasterize-shapes';

/**
 * - `any`: rounded blue square with transparent corners, for desktops, tabs and launchers that
 *   show the icon unmasked.
 * - `maskable`: full-bleed blue; the emblem stays inside the central safe zone (a circle with
 *   40 % of the icon's width as radius), so any mask shape the launcher applies keeps it whole.
 * - `fullBleed`: opaque square for iOS, which fills transparency with black and rounds the
 *   corners itself.
 */
export type IconVariant = 'any' | 'maskable' | 'fullBleed';

export interface IconSpec {
  /** File name without hash or extension. */
  name: string;
  size: number;
  variant: IconVariant;
}

export const ICONS = [
  { name: 'icon-192', size: 192, variant: 'any' },
  { name: 'icon-512', size: 512, variant: 'any' },
  { name: 'icon-maskable-512', size: 512, variant: 'maskable' },
  { name: 'apple-touch-icon', size: 180, variant: 'fullBleed' },
  { name: 'favicon-32', size: 32, variant: 'any' },
] as const satisfies readonly IconSpec[];

export type IconName = (typeof ICONS)[number]['name'];

/** Radius of the maskable safe zone as a fraction of the icon's width (W3C manifest spec). */
export const MASKABLE_SAFE_ZONE_RADIUS = 0.4;

/**
 * Emblem width as a fraction of the icon. For `maskable` the emblem's farthest points are the
 * outer corners of the lower step, at (±0.5, 0.5) of the emblem box from the centre, so the box
 * may be at most 0.4·2/√2 ≈ 0.566 wide; 0.54 leaves room for anti-aliased edges.
 * The favicon gets a larger emblem because at 32 px every pixel of column counts.
 */
function emblemScale(variant: IconVariant, size: number): number {
  if (variant === 'maskable') return 0.54;
  if (size <= 48) return 0.78;
  return variant === 'fullBleed' ? 0.62 : 0.64;
}

/** The town hall in a unit box (0..1 on both axes, y downwards). */
const EMBLEM_SHAPES: readonly Shape[] = [
  // Pediment (Giebel).
  { kind: 'polygon', points: [[0.5, 0], [0.98, 0.3], [0.02, 0.3]] },
  // Entablature.
  { kind: 'rect', x0: 0.06, y0: 0.34, x1: 0.94, y1: 0.42 },
  // Four columns.
  ...[0.2, 0.4, 0.6, 0.8].map(
    (centre): Shape => ({ kind: 'rect', x0: centre - 0.055, y0: 0.46, x1: centre + 0.055, y1: 0.8 }),
  ),
  // Two steps.
  { kind: 'rect', x0: 0.06, y0: 0.84, x1: 0.94, y1: 0.91 },
  { kind: 'rect', x0: 0, y0: 0.94, x1: 1, y1: 1 },
];

/** The round window in the pediment, cut out so the background shows through. */
const EMBLEM_HOLES: readonly Shape[] = [{ kind: 'circle', cx: 0.5, cy: 0.19, r: 0.055 }];

/**
 * Scales a unit-box shape into the icon. `snap` rounds rectangle edges to whole pixels: at
 * favicon size a column is under 3 px wide, and edges between pixels would blur it into grey.
 */
function placeShape(shape: Shape, offset: number, scale: number, snap: boolean): Shape {
  const x = (value: number) => offset + value * scale;
  const edge = (value: number) => (snap ? Math.round(x(value)) : x(value));
  switch (shape.kind) {
    case 'rect':
      return { kind: 'rect', x0: edge(shape.x0), y0: edge(shape.y0), x1: edge(shape.x1), y1: edge(shape.y1) };
    case 'roundedRect':
      return { ...shape, x0: x(shape.x0), y0: x(shape.y0), x1: x(shape.x1), y1: x(shape.y1), radius: shape.radius * scale };
    case 'circle':
      return { kind: 'circle', cx: x(shape.cx), cy: x(shape.cy), r: shape.r * scale };
    case 'polygon':
      return { kind: 'polygon', points: shape.points.map(([px, py]) => [x(px), x(py)] as const) };
  }
}

export function iconLayers(size: number, variant: IconVariant): Layer[] {
  const background: Shape =
    variant === 'any'
      ? // Corner radius close to what Android and macOS use for their own squircles.
        { kind: 'roundedRect', x0: 0, y0: 0, x1: size, y1: size, radius: size * 0.2 }
      : { kind: 'rect', x0: 0, y0: 0, x1: size, y1: size };
  const emblemSize = size * emblemScale(variant, size);
  const offset = (size - emblemSize) / 2;
  const snap = size <= 64;
  return [
    { color: hexToRgb(BRAND.themeColor), shapes: [background] },
    {
      color: hexToRgb(BRAND.emblemColor),
      shapes: EMBLEM_SHAPES.map((shape) => placeShape(shape, offset, emblemSize, snap)),
      holes: EMBLEM_HOLES.map((shape) => placeShape(shape, offset, emblemSize, snap)),
    },
  ];
}

export function renderIcon(spec: IconSpec): Buffer {
  return encodePng(rasterize(spec.size, iconLayers(spec.size, spec.variant)));
}
