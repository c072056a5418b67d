/** The part of webpack's `import.meta.webpackContext` the text chunks use (resolved at build time). */
export interface WebpackContext {
  keys(): string[];
  (id: string): Record<string, unknown>;
}

export interface LazyWebpackContext {
  keys(): string[];
  (id: string): Promise<Record<string, unknown>>;
}

declare global {
  interface ImportMeta {
    webpackContext(
      request: string,
      options: { recursive: boolean; regExp: RegExp; mode?: 'sync' | 'lazy'; chunkName?: string },
    ): WebpackContext;
  }
}
