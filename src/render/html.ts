/**
 * The HTML reading edition: xslt/edition.xsl run by saxon-js from its compiled SEF. One
 * transform per document writes all of its pages: the reading page is the principal result,
 * the registers, the overview and the search data come back as result documents.
 */
import { createRequire } from 'node:module';
import type SaxonJSType from 'saxon-js';
import type { TeiFile } from '../file.js';
import type { EditionModel } from '../model/edition.js';
import { kitOf } from './citation/index.js';
import { version } from '../version.js';
import { uiParams } from '../i18n/messages.js';
import { cachedRender, cacheEnabled, cacheRender, renderKey } from './html-cache.js';
import { compiledStylesheet } from './sef.js';
import type { Output } from './output.js';

/** Where the stylesheet's result documents are resolved; stripped again from their URIs. */
const BASE = 'file:///tei-edition-output/';
/** The landing page's section for this document: kept on the file for renderLanding. */
export const LANDING_SECTION = 'landing-section.html';
export const LANDING_DATA_KEY = 'html:landing-section';
/** The document for print (xslt/modules/print.xsl), made only for a PDF: kept on the file for src/render/pdf/. */
export const PRINT_PAGE = 'print.html';
export const PRINT_DATA_KEY = 'html:print';

/**
 * saxon-js is a 2.4 MB CommonJS file: `require` loads it in about half the time of `import`,
 * which first scans the whole file for its exports.
 */
let saxon: typeof SaxonJSType | undefined;
export function saxonJs(): typeof SaxonJSType {
  saxon ??= createRequire(import.meta.url)('saxon-js') as typeof SaxonJSType;
  return saxon;
}

export async function renderHtml(file: TeiFile, edition: EditionModel): Promise<Output[]> {
  const params = pageParams(file, edition);
  const { citation, ui, print } = params;
  const key = cacheEnabled() ? await renderKey(file, `${citation}\n${ui['ui-lang']}\n${ui.messages}\n${print}`) : undefined;
  const cached = key ? await cachedRender(key) : undefined;
  if (cached) {
    file.data[LANDING_DATA_KEY] = cached.landing;
    if (cached.print !== undefined) file.data[PRINT_DATA_KEY] = cached.print;
    return cached.outputs;
  }
  const outputs = await transform(file, params, 'all');
  if (outputs === null) return [];
  const printed = typeof file.data[PRINT_DATA_KEY] === 'string' ? { print: file.data[PRINT_DATA_KEY] as string } : {};
  if (key) await cacheRender(key, { outputs, landing: String(file.data[LANDING_DATA_KEY] ?? ''), ...printed });
  return outputs;
}

/**
 * The reading page alone, as renderHtml makes it (the same transform, told to write no other
 * page): what `tei-edition watch` shows before the whole build is done (src/serve/quick-look.ts).
 */
export async function renderReadingPage(file: TeiFile, edition: EditionModel): Promise<Output[]> {
  return (await transform(file, pageParams(file, edition), 'reading')) ?? [];
}

/** What every page of the document reads besides the TEI: its citation kit, the interface, the PDF. */
function pageParams(file: TeiFile, edition: EditionModel): PageParams {
  return { citation: JSON.stringify(kitOf(file, edition)), ui: uiParams(edition.document(file.id)?.uiLang ?? edition.uiLang), print: edition.formats.pdf };
}

interface PageParams {
  citation: string;
  ui: ReturnType<typeof uiParams>;
  print: boolean;
}

async function transform(file: TeiFile, { citation, ui, print }: PageParams, pages: 'all' | 'reading'): Promise<Output[] | null> {
  const sef = await compiledStylesheet('edition.xsl');
  const SaxonJS = saxonJs();
  try {
    // baseOutputURI is saxon-js's own option, not in our declaration of its types.
    const options = {
      stylesheetInternal: sef,
      sourceText: file.text,
      destination: 'serialized' as const,
      baseOutputURI: `${BASE}index.html`,
      // Without this, saxon-js on Node writes result documents to the file system itself.
      deliverResultDocument: () => ({ destination: 'serialized' }),
      stylesheetParams: { 'doc-id': file.id, 'tool-version': version, citation, ...ui, print, write: pages },
    };
    const result = SaxonJS.transform(options);
    const outputs: Output[] = [{ path: `${file.id}/index.html`, content: result.principalResult }];
    // Sorted, so that the order of outputs never depends on the processor's.
    for (const [uri, content] of Object.entries(result.resultDocuments ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
      const name = uri.startsWith(BASE) ? uri.slice(BASE.length) : uri;
      if (!/^[a-z0-9-]+\.(html|js)$/.test(name)) throw new Error(`unexpected result document ${uri}`);
      if (name === LANDING_SECTION) file.data[LANDING_DATA_KEY] = content;
      else if (name === PRINT_PAGE) file.data[PRINT_DATA_KEY] = content;
      else outputs.push({ path: `${file.id}/${name}`, content });
    }
    return outputs;
  } catch (err) {
    file.message(`the HTML rendering failed: ${(err as Error).message}`, {
      ruleId: 'render-html',
      source: 'render',
      hint: 'this is a bug in tei-edition or its stylesheet, not in your document: please report it',
    });
    return null;
  }
}

// No prepare(): saxon-js (a quarter of a second) is loaded only when a document is not in the
// render cache, and then on this thread either way.
