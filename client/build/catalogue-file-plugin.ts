/**
 * Publishes the service catalogue (domain/catalogue) as a content-hashed JSON file in dist/, so
 * the service worker precaches it like any other asset and the app fetches it instead of
 * bundling it (see client/catalogue/catalogue.ts). The URL is fixed before webpack runs, because
 * the app needs it compiled in.
 */
import { createHash } from 'node:crypto';
import webpack, { type Compiler } from 'webpack';
import { catalogueEntries } from '../../domain/catalogue';

export interface CatalogueFile {
  file: string;
  content: Buffer;
  immutable: boolean;
}

export function createCatalogueFile(options: { hashed: boolean }): CatalogueFile {
  const content = Buffer.from(JSON.stringify(catalogueEntries()));
  const hash = createHash('sha256').update(content).digest('hex').slice(0, 12);
  return { file: options.hashed ? `assets/catalogue.${hash}.json` : 'assets/catalogue.json', content, immutable: options.hashed };
}

export class CatalogueFilePlugin {
  constructor(private readonly catalogueFile: CatalogueFile) {}

  apply(compiler: Compiler): void {
    const { Compilation, sources } = webpack;
    new webpack.DefinePlugin({ __CATALOGUE_URL__: JSON.stringify(`/${this.catalogueFile.file}`) }).apply(compiler);
    compiler.hooks.thisCompilation.tap(CatalogueFilePlugin.name, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: CatalogueFilePlugin.name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          compilation.emitAsset(this.catalogueFile.file, new sources.RawSource(this.catalogueFile.content), {
            immutable: this.catalogueFile.immutable,
          });
        },
      );
    });
  }
}
