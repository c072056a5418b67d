/**
 * Generates the app icons and the web app manifest once per build and emits them into the
 * webpack compilation, so they land in dist/ and in the service worker's precache like any
 * other asset.
 */
import { createHash } from 'node:crypto';
import webpack, { type Compiler } from 'webpack';
import { BUILD_CITY } from './brand';
import { ICONS, renderIcon, type IconName } from './generate-icons';
import { buildWebAppManifest } from './web-app-manifest';

/** Fixed URL: index.html links it, and browsers re-fetch it to notice app updates. */
export const MANIFEST_FILE = 'manifest.webmanifest';

export interface PwaAssets {
  /** Output path (relative to dist/) → content. */
  files: ReadonlyMap<string, { content: Buffer; immutable: boolean }>;
  /** Root-relative URL of every icon, for links in index.html. */
  iconHrefs: Readonly<Record<IconName, string>>;
  /** Root-relative URL of the city's emblem (an SVG file, so the page bundle doesn't carry it). */
  emblemHref: string;
}

/**
 * Icons are content-hashed so the server can cache them forever; the hash is computed here,
 * before webpack runs, because index.html (rendered by HtmlWebpackPlugin) needs the final URLs.
 */
export function createPwaAssets(options: { hashed: boolean; publicPath: string }): PwaAssets {
  const files = new Map<string, { content: Buffer; immutable: boolean }>();
  const iconHrefs = {} as Record<IconName, string>;
  const manifestIcons = ICONS.map((icon) => {
    const content = renderIcon(icon);
    const hash = createHash('sha256').update(content).digest('hex').slice(0, 12);
    const file = options.hashed ? `assets/${icon.name}.${hash}.png` : `assets/${icon.name}.png`;
    files.set(file, { content, immutable: options.hashed });
    iconHrefs[icon.name] = options.publicPath + file;
    return { ...icon, url: options.publicPath + file };
  });
  const emblem = Buffer.from(BUILD_CITY.emblemSvg);
  const emblemHash = createHash('sha256').update(emblem).digest('hex').slice(0, 12);
  const emblemFile = options.hashed ? `assets/emblem.${emblemHash}.svg` : 'assets/emblem.svg';
  files.set(emblemFile, { content: emblem, immutable: options.hashed });
  const manifest = buildWebAppManifest(manifestIcons);
  files.set(MANIFEST_FILE, {
    content: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`),
    immutable: false,
  });
  return { files, iconHrefs, emblemHref: options.publicPath + emblemFile };
}

export class PwaAssetsPlugin {
  constructor(private readonly assets: PwaAssets) {}

  apply(compiler: Compiler): void {
    const { Compilation, sources } = webpack;
    compiler.hooks.thisCompilation.tap(PwaAssetsPlugin.name, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: PwaAssetsPlugin.name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          for (const [file, { content, immutable }] of this.assets.files) {
            compilation.emitAsset(file, new sources.RawSource(content), { immutable });
          }
        },
      );
    });
  }
}
