// saxon-js ships no types; this declares the part we use.
declare module 'saxon-js' {
  interface TransformOptions {
    stylesheetInternal: unknown;
    sourceText?: string;
    sourceFileName?: string;
    destination: 'serialized' | 'raw' | 'document';
    stylesheetParams?: Record<string, unknown>;
    outputProperties?: Record<string, unknown>;
    initialTemplate?: string;
  }
  interface TransformResult {
    principalResult: string;
    resultDocuments?: Record<string, string>;
  }
  const SaxonJS: {
    transform(options: TransformOptions): TransformResult;
    transform(options: TransformOptions, mode: 'async'): Promise<TransformResult>;
    getProcessorInfo(): { productVersion: string };
  };
  export default SaxonJS;
}
