import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { BRAND } from './brand';
import { ICONS, MASKABLE_SAFE_ZONE_RADIUS, renderIcon, type IconSpec } from './generate-icons';
import { hexToRgb } from './rasterize-shapes';
import { buildWebAppManifest } from './web-app-manifest';

const blue = hexToRgb(BRAND.themeColor);
const white = hexToRgb(BRAND.emblemColor);

function decode(spec: IconSpec) {
  const png = PNG.sync.read(renderIcon(spec));
  const pixel = (x: number, y: number) => {
    const i = (y * png.width + x) * 4;
    return { r: png.data[i], g: png.data[i + 1], b: png.data[i + 2], a: png.data[i + 3] };
  };
  return { png, pixel };
}

function spec(name: string): IconSpec {
  const found = ICONS.find((icon) => icon.name === name);
  if (!found) throw new Error(`no icon ${name}`);
  return found;
}

const isBackground = (p: { r: number; g: number; b: number; a: number }) =>
  p.a === 255 && p.r === blue.r && p.g === blue.g && p.b === blue.b;

describe('generated icons', () => {
  it.each(ICONS)('$name is a $size×$size PNG', (icon) => {
    const { png } = decode(icon);
    expect(png.width).toBe(icon.size);
    expect(png.height).toBe(icon.size);
  });

  it('keeps the maskable emblem inside the central safe zone, on a full-bleed background', () => {
    const icon = spec('icon-maskable-512');
    const { png, pixel } = decode(icon);
    const centre = icon.size / 2;
    const radius = icon.size * MASKABLE_SAFE_ZONE_RADIUS;
    let emblemPixels = 0;
    const problems: string[] = [];
    for (let y = 0; y < png.height; y++) {
      for (let x = 0; x < png.width; x++) {
        const p = pixel(x, y);
        // Full bleed: whatever mask the launcher applies, it never reveals transparency.
        if (p.a !== 255) problems.push(`transparent pixel at ${x},${y}`);
        if (isBackground(p)) continue;
        emblemPixels++;
        const distance = Math.hypot(x + 0.5 - centre, y + 0.5 - centre);
        if (distance > radius) problems.push(`emblem pixel at ${x},${y} outside the safe zone`);
      }
    }
    expect(problems.slice(0, 5)).toEqual([]);
    // The emblem is actually there (not an empty blue square).
    expect(emblemPixels).toBeGreaterThan(icon.size * icon.size * 0.08);
    for (const [x, y] of [[0, 0], [511, 0], [0, 511], [511, 511]]) {
      expect(isBackground(pixel(x, y))).toBe(true);
    }
  });

  it('draws white on blue with transparent rounded corners for the "any" icons', () => {
    const { pixel } = decode(spec('icon-512'));
    expect(pixel(0, 0).a).toBe(0);
    expect(pixel(511, 511).a).toBe(0);
    expect(isBackground(pixel(256, 8))).toBe(true); // top edge, between the corners
    // Middle of the second column from the left: emblem colour.
    expect(pixel(Math.round(512 * (0.18 + 0.64 * 0.4)), 256)).toEqual({ ...white, a: 255 });
  });

  it('makes the apple-touch-icon opaque, since iOS fills transparency with black', () => {
    const { png } = decode(spec('apple-touch-icon'));
    for (let i = 3; i < png.data.length; i += 4) expect(png.data[i]).toBe(255);
  });

  it('is deterministic, so content hashes only change when the drawing does', () => {
    expect(renderIcon(spec('icon-192')).equals(renderIcon(spec('icon-192')))).toBe(true);
  });
});

describe('web app manifest', () => {
  it('lists 192 and 512 "any" icons and a 512 maskable icon', () => {
    const manifest = buildWebAppManifest(ICONS.map((icon) => ({ ...icon, url: `/assets/${icon.name}.png` })));
    expect(manifest.icons).toEqual([
      { src: '/assets/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/assets/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/assets/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ]);
    expect(manifest).toMatchObject({ lang: 'de', start_url: '/', scope: '/', display: 'standalone' });
  });
});
