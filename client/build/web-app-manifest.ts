/**
 * The web app manifest (https://www.w3.org/TR/appmanifest/) that makes the portal installable.
 */
import { BRAND } from './brand';
import type { IconSpec } from './generate-icons';

export interface ManifestIcon {
  src: string;
  sizes: string;
  type: 'image/png';
  purpose: 'any' | 'maskable';
}

export interface WebAppManifest {
  id: string;
  name: string;
  short_name: string;
  description: string;
  lang: string;
  dir: 'ltr';
  start_url: string;
  scope: string;
  display: 'standalone';
  background_color: string;
  theme_color: string;
  categories: string[];
  icons: ManifestIcon[];
}

/** Icons the manifest lists; the apple-touch-icon and favicon are linked from index.html. */
const MANIFEST_VARIANTS: ReadonlySet<IconSpec['variant']> = new Set(['any', 'maskable']);

/**
 * @param icons the generated icons with the URL each was emitted under (content-hashed).
 */
export function buildWebAppManifest(icons: ReadonlyArray<IconSpec & { url: string }>): WebAppManifest {
  return {
    // A fixed id keeps the installed app the same app even if start_url ever changes.
    id: '/',
    name: BRAND.name,
    short_name: BRAND.shortName,
    description: BRAND.description,
    lang: 'de',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    // No `orientation`: locking it would fail WCAG 1.3.4 (Orientation) for people whose device
    // is mounted in one position, e.g. on a wheelchair.
    background_color: BRAND.backgroundColor,
    theme_color: BRAND.themeColor,
    categories: ['government', 'utilities'],
    icons: icons
      .filter((icon) => MANIFEST_VARIANTS.has(icon.variant))
      // The favicon is too small to be useful to a launcher.
      .filter((icon) => icon.size >= 192)
      .map((icon) => ({
        src: icon.url,
        sizes: `${icon.size}x${icon.size}`,
        type: 'image/png',
        purpose: icon.variant === 'maskable' ? 'maskable' : 'any',
      })),
  };
}
