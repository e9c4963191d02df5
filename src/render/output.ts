/** A file a renderer produces, relative to the output folder. */
export interface Output {
  /** Relative path with forward slashes, e.g. `lenin-kropotkin/index.html`. */
  path: string;
  content: string | Uint8Array;
}

/** A renderer turns one valid document into outputs; problems go on the file as messages. */
export interface Renderer {
  (file: import('../file.js').TeiFile, edition: import('../model/edition.js').EditionModel): Promise<Output[]> | Output[];
  /** Optional: load what the renderer needs (synchronously), while validation runs elsewhere. */
  prepare?: () => void;
}

/** A renderer for the whole edition (landing page, published schemas), run once per build. */
export interface SiteRenderer {
  (
    files: readonly import('../file.js').TeiFile[],
    edition: import('../model/edition.js').EditionModel,
    /** What the renderers before it produced (the sitemap lists the pages). */
    outputs: readonly Output[],
    /** The build around it: the folder of the edition published before it (a rebuild takes what did not change). */
    context?: SiteContext,
  ): Promise<Output[]> | Output[];
  /**
   * It reads only the documents' outputs, none of the other site renderers': it runs beside
   * them (src/build/site.ts), while the corpus search waits for Pagefind.
   */
  documentsOnly?: boolean;
}

export interface SiteContext {
  previous?: string;
  /** Where the corpus search's bundles are indexed, when not one after another on this thread (src/render/corpus/search.ts). */
  searchIndexer?: import('./corpus/search.js').SearchIndexer;
}
