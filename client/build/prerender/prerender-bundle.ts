/**
 * Webpack configuration of the prerender bundle: render-page.tsx and everything it imports,
 * compiled for Node with the page's own loaders and resolution, so the prerendered markup is
 * what the page itself renders (and hydrates without a change). Styles are not needed to render
 * markup; images get the same hashed URLs as in the page build.
 */
import path from 'node:path';
import webpack, { type Configuration, type Stats } from 'webpack';
import { RESOLVE, SCRIPT_RULE, cityDefinitions } from '../../../webpack.config';
import { createPwaAssets } from '../pwa-assets-plugin';

export function prerenderBundleConfig(root: string, outputPath: string, catalogueUrl: string): Configuration {
  return {
    mode: 'production',
    context: root,
    target: 'node20',
    entry: { 'render-page': path.join(root, 'client/build/prerender/render-page.tsx') },
    output: {
      path: outputPath,
      publicPath: '/',
      filename: '[name].cjs',
      chunkFilename: '[name].[id].cjs',
      assetModuleFilename: 'assets/[name].[contenthash:12][ext]',
      library: { type: 'commonjs2' },
      clean: true,
    },
    resolve: RESOLVE,
    module: {
      rules: [
        SCRIPT_RULE,
        { test: /\.css$/, type: 'asset/source' },
        { test: /\.(woff2?|png|jpe?g|gif|svg|webp|avif)$/i, type: 'asset/resource', generator: { emit: false } },
      ],
    },
    optimization: { nodeEnv: 'production', minimize: false, splitChunks: false },
    performance: { hints: false },
    devtool: false,
    plugins: [
      new webpack.DefinePlugin({
        __CATALOGUE_URL__: JSON.stringify(catalogueUrl),
        // The emblem's address as the page build names it (hashed), so hydration changes nothing.
        ...cityDefinitions(createPwaAssets({ hashed: true, publicPath: '/' }).emblemHref),
      }),
    ],
  };
}

export async function buildPrerenderBundle(config: Configuration): Promise<void> {
  const compiler = webpack(config);
  const stats = await new Promise<Stats>((resolve, reject) =>
    compiler.run((error, result) => (error || !result ? reject(error ?? new Error('no stats')) : resolve(result))),
  );
  await new Promise<void>((resolve) => compiler.close(() => resolve()));
  if (stats.hasErrors()) {
    const { errors } = stats.toJson({ all: false, errors: true });
    throw new Error(`prerender bundle: ${(errors ?? []).map((e) => e.message).join('\n')}`);
  }
}
