/** The HTML reading edition: xslt/edition.xsl run by saxon-js from its compiled SEF. */
import SaxonJS from 'saxon-js';
import type { TeiFile } from '../file.js';
import { version } from '../version.js';
import { compiledStylesheet } from './sef.js';
import type { Output } from './output.js';

export async function renderHtml(file: TeiFile): Promise<Output[]> {
  const sef = await compiledStylesheet('edition.xsl');
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
