/**
 * The pages of a document's HTML edition, as citations see them: what each is and its address.
 * The XSLT (xslt/modules/page.xsl) writes the pages; this table names them for the metadata.
 */
import type { EditionModel } from '../../model/edition.js';

export type PageKind = 'reading' | 'register' | 'overview';

export interface Page {
  file: string;
  /** What the page is, as its heading says. */
  label: string;
  kind: PageKind;
}

/** Every page a document can have; a register page exists only when the register has entries. */
export const PAGES: readonly Page[] = [
  { file: 'index.html', label: 'Text', kind: 'reading' },
  { file: 'persons.html', label: 'Persons', kind: 'register' },
  { file: 'places.html', label: 'Places', kind: 'register' },
  { file: 'organisations.html', label: 'Organisations', kind: 'register' },
  { file: 'works.html', label: 'Works', kind: 'register' },
  { file: 'events.html', label: 'Events', kind: 'register' },
  { file: 'overview.html', label: 'Timeline and speakers', kind: 'overview' },
  { file: 'sources.html', label: 'Sources', kind: 'register' },
];

/**
 * A path in dist/ as it is cited: absolute under the base URL, else relative to the edition's
 * root. An index.html is cited as its folder (every web server serves one for the other).
 */
export function citedUrl(edition: EditionModel, distPath: string): string {
  const path = distPath.replace(/(^|\/)index\.html(#|$)/, '$1$2');
  return edition.baseUrl ? `${edition.baseUrl}${path}` : distPath;
}

/**
 * A path in dist/ as a link from a page in the folder `from` ('' for the root, 'doc-id' for a
 * document's pages): absolute under the base URL, else relative to that page.
 */
export function hrefFrom(edition: EditionModel, from: string, distPath: string): string {
  if (edition.baseUrl) return citedUrl(edition, distPath);
  const up = from ? from.split('/').map(() => '..').join('/') + '/' : '';
  return from && distPath.startsWith(`${from}/`) ? distPath.slice(from.length + 1) : `${up}${distPath}`;
}
