/**
 * The pages of a document's HTML edition, as citations see them: what each is and its address.
 * The XSLT (xslt/modules/page.xsl) writes the pages; this table names them for the metadata.
 */
import type { EditionModel } from '../../model/edition.js';

export type PageKind = 'reading' | 'register' | 'overview';

export interface Page {
  file: string;
  /** What the page is, as its heading says: a message key (xslt/messages/), in the document's interface language. */
  label: string;
  kind: PageKind;
}

/** Every page a document can have; a register page exists only when the register has entries. */
export const PAGES: readonly Page[] = [
  { file: 'index.html', label: 'page.text', kind: 'reading' },
  { file: 'persons.html', label: 'register.persons', kind: 'register' },
  { file: 'places.html', label: 'register.places', kind: 'register' },
  { file: 'organisations.html', label: 'register.organisations', kind: 'register' },
  { file: 'works.html', label: 'register.works', kind: 'register' },
  { file: 'events.html', label: 'register.events', kind: 'register' },
  { file: 'overview.html', label: 'overview.title', kind: 'overview' },
  { file: 'sources.html', label: 'sources.heading', kind: 'register' },
];

/**
 * A path in dist/ as it is cited: absolute under the base URL, else relative to the edition's
 * root. An index.html is cited as its folder (every web server serves one for the other).
 */
export function citedUrl(edition: EditionModel, distPath: string): string {
  const encoded = encodePath(distPath);
  const path = encoded.replace(/(^|\/)index\.html(#|$)/, '$1$2');
  return edition.baseUrl ? `${edition.baseUrl}${path}` : encoded;
}

/**
 * A path of dist/ as a URL path: each segment encoded, so that a document id (a file name) such
 * as "javascript:x" can never read as a scheme. The paragraph placeholder {id} stays as it is.
 */
function encodePath(distPath: string): string {
  const [path = '', fragment] = distPath.split('#');
  const encoded = path.split('/').map((s) => encodeURIComponent(s).replace(/%7Bid%7D/g, '{id}')).join('/');
  return fragment === undefined ? encoded : `${encoded}#${fragment}`;
}

/**
 * A path in dist/ as a link from a page in the folder `from` ('' for the root, 'doc-id' for a
 * document's pages): absolute under the base URL, else relative to that page.
 */
export function hrefFrom(edition: EditionModel, from: string, distPath: string): string {
  if (edition.baseUrl) return citedUrl(edition, distPath);
  const inside = from !== '' && distPath.startsWith(`${from}/`);
  const up = from && !inside ? from.split('/').map(() => '..').join('/') + '/' : '';
  const encoded = encodePath(inside ? distPath.slice(from.length + 1) : distPath);
  // a relative reference whose first segment holds a colon would read as a scheme
  return `${up}${!up && /^[^/]*:/.test(encoded) ? './' : ''}${encoded}`;
}
