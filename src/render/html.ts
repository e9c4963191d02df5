/** The HTML reading edition: xslt/edition.xsl run by saxon-js from its compiled SEF. */
import { createRequire } from 'node:module';
import type SaxonJSType from 'saxon-js';
import type { TeiFile } from '../file.js';
import { version } from '../version.js';
import { compiledStylesheet } from './sef.js';
import type { Output } from './output.js';

/**
 * saxon-js is a 2.4 MB CommonJS file: `require` loads it in about half the time of `import`,
 * which first scans the whole file for its exports.
 */
let saxon: typeof SaxonJSType | undefined;
export function saxonJs(): typeof SaxonJSType {
  saxon ??= createRequire(import.meta.url)('saxon-js') as typeof SaxonJSType;
  return saxon;
}

export async function renderHtml(file: TeiFile): Promise<Output[]> {
  const sef = await compiledStylesheet('edition.xsl');
  const SaxonJS = saxonJs();
  try {
    const result = SaxonJS.transform({
      stylesheetInternal: sef,
      sourceText: file.text,
      destination: 'serialized',
      stylesheetParams: { 'doc-id': file.id, 'tool-version': version },
    });
    return [{ path: `${file.id}/index.html`, content: result.principalResult }];
  } catch (err) {
    file.message(`the HTML rendering failed: ${(err as Error).message}`, {
      ruleId: 'render-html',
      source: 'render',
      hint: 'this is a bug in tei-edition or its stylesheet, not in your document: please report it',
    });
    return [];
  }
}

renderHtml.prepare = (): void => {
  saxonJs();
};
