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

/**
 * Which namespace holds each form service's texts, from the same catalogue: a question page
 * fetches its texts together with the catalogue instead of after it (issue 17), ~200 bytes.
 */
export function serviceNamespaces(): Record<string, string> {
  return Object.fromEntries(catalogueEntries().flatMap((entry) => ('namespace' in entry && entry.namespace ? [[entry.id, entry.namespace]] : [])));
}

export class CatalogueFilePlugin {
  constructor(private readonly catalogueFile: CatalogueFile) {}

  apply(compiler: Compiler): void {
    const { Compilation, sources } = webpack;
    new webpack.DefinePlugin({
      __CATALOGUE_URL__: JSON.stringify(`/${this.catalogueFile.file}`),
      __SERVICE_NAMESPACES__: JSON.stringify(serviceNamespaces()),
    }).apply(compiler);
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
