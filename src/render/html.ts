/**
 * The HTML reading edition: the pages of the document's one transform (rendering.ts): the
 * reading page, the registers, the overview and the search data.
 */
import type { TeiFile } from '../file.js';
import type { EditionModel } from '../model/edition.js';
import type { Output } from './output.js';
import { pageParams, renderingPart, transform } from './rendering.js';

/** The landing page's section for this document: kept on the file for renderLanding. */
export const LANDING_DATA_KEY = 'html:landing-section';
/** The document for print (xslt/modules/print.xsl), made only for a PDF: kept on the file for src/render/pdf/. */
export const PRINT_DATA_KEY = 'html:print';

export async function renderHtml(file: TeiFile, edition: EditionModel): Promise<Output[]> {
  const rendering = await renderingPart(file, edition, 'pages');
  if (!rendering) return [];
  if (rendering.landing !== undefined) file.data[LANDING_DATA_KEY] = rendering.landing;
  if (rendering.print !== undefined) file.data[PRINT_DATA_KEY] = rendering.print;
  return rendering.pages;
}

/**
 * The reading page alone, as renderHtml makes it (the same transform, told to write no other
 * page): what `tei-edition watch` shows before the whole build is done (src/serve/quick-look.ts).
 */
export async function renderReadingPage(file: TeiFile, edition: EditionModel): Promise<Output[]> {
  return (await transform(file, pageParams(file, edition), 'reading'))?.pages ?? [];
}

// No prepare(): saxon-js (a quarter of a second) is loaded only when a document is not in the
// render cache, and then on this thread either way.
