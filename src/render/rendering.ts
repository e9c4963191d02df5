/**
 * A document's one transform: xslt/edition.xsl, run by saxon-js from its compiled SEF, writes
 * the document's web pages, its section of the landing page, its document for print and its
 * e-book's content documents in one run, which makes the text, the notes and the register
 * entries into HTML once for all of them. The HTML renderer (html.ts) and the e-book's
 * (epub/transform.ts) each take their part; the render cache (html-cache.ts) keeps the whole.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
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
/** The landing page's section and the document for print (xslt/modules/landing.xsl, print.xsl). */
export const LANDING_SECTION = 'landing-section.html';
export const PRINT_PAGE = 'print.html';
/** The e-book's documents are written below this folder (xslt/modules/epub.xsl). */
const EPUB_FOLDER = 'epub/';

/**
 * saxon-js is a 2.4 MB CommonJS file: `require` loads it in about half the time of `import`,
 * which first scans the whole file for its exports.
 */
let saxon: typeof SaxonJSType | undefined;
export function saxonJs(): typeof SaxonJSType {
  if (!saxon) {
    const require = createRequire(import.meta.url);
    withoutNetwork(require);
    saxon = require('saxon-js') as typeof SaxonJSType;
  }
  return saxon;
}

/**
 * saxon-js requires axios as it loads (0.1 s in every process and worker that renders), only
 * for its asynchronous fetches over http(s) (getResource, transformAsync), which the build never
 * makes: its transforms are synchronous, and refuse non-file resources anyway. It is given a
 * stand-in that refuses too, and there is nothing to load.
 */
function withoutNetwork(require: NodeJS.Require): void {
  let axios: string;
  try {
    axios = require.resolve('axios', { paths: [path.dirname(require.resolve('saxon-js'))] });
  } catch {
    return;
  }
  if (require.cache[axios]) return;
  const refuse = (): never => {
    throw new Error('tei-edition renders without the network: saxon-js was asked for a resource over http(s)');
  };
  const standIn = new Proxy(refuse, { get: (_target, key) => (key === 'then' ? undefined : refuse) });
  require.cache[axios] = { id: axios, filename: axios, loaded: true, exports: standIn, children: [], paths: [] } as unknown as NodeJS.Module;
}

/** What the transform wrote, by what it is for. */
export interface Rendering {
  /** The web pages, at their paths in dist/ (`<doc-id>/…`). */
  pages: Output[];
  landing?: string;
  print?: string;
  /** The e-book's content documents and manifest.json, by file name. */
  epub: [name: string, content: string][];
}

/**
 * Which pages a transform writes (the stylesheet's `write` parameter and its `epub`): every web
 * page and the e-book's documents, the web pages alone, the reading page alone, the e-book alone.
 */
export type Pages = 'all' | 'web' | 'reading' | 'epub';

/**
 * A document above this (characters of TEI) is transformed twice, for its web pages and for its
 * e-book: one transform of both holds both results and the text's HTML at once. The 20.7 MB
 * document of bench/ peaked at 1,462 MiB in one (88 s), at 1,256 MiB in two (131 s): for a
 * document that large, memory is the bound that matters (issue 14: under 1.5 GB).
 */
const ONE_TRANSFORM_UP_TO = 4 * 1024 * 1024;

/** TEI_EDITION_ONE_TRANSFORM_UP_TO sets it (the tests compare both ways on small documents). */
function oneTransformUpTo(): number {
  const env = Number(process.env['TEI_EDITION_ONE_TRANSFORM_UP_TO']);
  return Number.isInteger(env) && env >= 0 && process.env['TEI_EDITION_ONE_TRANSFORM_UP_TO'] !== '' ? env : ONE_TRANSFORM_UP_TO;
}

/** What every page of the document reads besides the TEI: its citation kit, the interface, the PDF. */
export interface PageParams {
  citation: string;
  ui: ReturnType<typeof uiParams>;
  print: boolean;
}

export function pageParams(file: TeiFile, edition: EditionModel): PageParams {
  return { citation: JSON.stringify(kitOf(file, edition)), ui: uiParams(edition.document(file.id)?.uiLang ?? edition.uiLang), print: edition.formats.pdf };
}

/**
 * One transform. Null when it failed: the failure is a message on the file (a bug of ours, not
 * of the document, which has passed validation).
 */
export async function transform(file: TeiFile, { citation, ui, print }: PageParams, pages: Pages): Promise<Rendering | null> {
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
      stylesheetParams: { 'doc-id': file.id, 'tool-version': version, citation, ...ui, print, epub: pages === 'all', write: pages === 'web' ? 'all' : pages },
    };
    const result = SaxonJS.transform(options);
    const rendering: Rendering = { pages: [], epub: [] };
    if (pages !== 'epub') rendering.pages.push({ path: `${file.id}/index.html`, content: result.principalResult });
    // Sorted, so that the order of outputs never depends on the processor's.
    for (const [uri, content] of Object.entries(result.resultDocuments ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
      const name = uri.startsWith(BASE) ? uri.slice(BASE.length) : uri;
      if (name.startsWith(EPUB_FOLDER) && /^[a-z0-9-]+\.(xhtml|json)$/.test(name.slice(EPUB_FOLDER.length))) rendering.epub.push([name.slice(EPUB_FOLDER.length), String(content)]);
      else if (!/^[a-z0-9-]+\.(html|js)$/.test(name)) throw new Error(`unexpected result document ${uri}`);
      else if (name === LANDING_SECTION) rendering.landing = String(content);
      else if (name === PRINT_PAGE) rendering.print = String(content);
      else rendering.pages.push({ path: `${file.id}/${name}`, content });
    }
    return rendering;
  } catch (err) {
    file.message(`the HTML rendering failed: ${(err as Error).message}`, {
      ruleId: 'render-html',
      source: 'render',
      hint: 'this is a bug in tei-edition or its stylesheet, not in your document: please report it',
    });
    return null;
  }
}

/** A transform of every page whose parts are still to be taken by the renderers. */
interface Pending {
  edition: EditionModel;
  rendering: Promise<Rendering | null>;
  untaken: Set<Part>;
}
type Part = 'pages' | 'epub';
const pending = new WeakMap<TeiFile, Pending>();

/**
 * The document's pages or its e-book's documents, from the transform that made both: the first
 * renderer to ask runs it (or takes it from the render cache), the other takes its part, and the
 * rendering is forgotten once both have (so that a renderer's outputs are not kept for the
 * build's next one). Asked again for a part already taken, it transforms again; a large document
 * gets a transform for each part.
 */
export async function renderingPart(file: TeiFile, edition: EditionModel, part: Part): Promise<Rendering | null> {
  let entry = pending.get(file);
  if (entry && entry.edition === edition && entry.untaken.has(part)) {
    entry.untaken.delete(part);
    if (entry.untaken.size === 0) pending.delete(file);
  } else if (part === 'epub' || file.text.length > oneTransformUpTo()) {
    // the e-book alone (its document's pages taken already, or not wanted), or a large
    // document's web pages alone
    return cachedTransform(file, edition, part === 'epub' ? 'epub' : 'web');
  } else {
    entry = { edition, rendering: cachedTransform(file, edition, 'all'), untaken: new Set<Part>(['epub']) };
    pending.set(file, entry);
  }
  const rendering = await entry.rendering;
  if (!rendering) return null;
  // the caller gets its part; the rendering kept for the other renderer lets go of it
  const taken = { ...rendering };
  if (part === 'pages') rendering.pages = [];
  else rendering.epub = [];
  return taken;
}

/** A transform's rendering from the render cache, or transformed and cached. */
async function cachedTransform(file: TeiFile, edition: EditionModel, pages: Exclude<Pages, 'reading'>): Promise<Rendering | null> {
  const params = pageParams(file, edition);
  const { citation, ui, print } = params;
  const key = cacheEnabled() ? await renderKey(file, `${pages}\n${citation}\n${ui['ui-lang']}\n${ui.messages}\n${print}`) : undefined;
  const cached = key ? await cachedRender(key) : undefined;
  if (cached) return cached;
  const rendering = await transform(file, params, pages);
  if (rendering && key) await cacheRender(key, rendering);
  return rendering;
}
