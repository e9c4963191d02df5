/**
 * Citation outputs. Per document: its citation downloads (CSL-JSON, BibLaTeX, RIS) for the text
 * and for each numbered paragraph, and its FAIR Signposting linkset. For the edition: the
 * edition's downloads, CITATION.cff, and the icon every page links.
 *
 * The pages' meta tags and cite blocks come from the same kit (kit.ts), through the HTML stylesheet.
 */
import type { TeiFile } from '../../file.js';
import type { DocumentModel, EditionModel } from '../../model/edition.js';
import type { Output } from '../output.js';
import { editionCff } from './cff.js';
import { downloads, DOWNLOAD_TYPES, type Downloads } from './formats.js';
import { bookItem, chapterItem, paragraphItem, paragraphs, type CslItem } from './items.js';
import { citationKit, citePath, docCiteFolder, EDITION_CITE_FOLDER, type CitationKit } from './kit.js';
import { hrefFrom } from './pages.js';
import { FAVICON_PATH, ICON_PATH, favicon, icon } from './icon.js';

export { citationKit, landingCitation, type CitationKit } from './kit.js';
export { ICON_PATH } from './icon.js';

/**
 * Each file's kit, made once per thread (the HTML, the e-book and the linkset read it). Not on
 * file.data: that travels to the main thread and into the build manifest, and the site needs no kit
 * (the letters' 433 kits were 11 MB of their manifest).
 */
const fileKits = new WeakMap<TeiFile, CitationKit>();

/** The kit of a document, made once per build and kept on its file. */
export function kitOf(file: TeiFile, edition: EditionModel): CitationKit {
  const cached = fileKits.get(file);
  if (cached) return cached;
  const doc = edition.document(file.id);
  if (!doc) throw new Error(`${file.id} is not in the edition model`);
  // what the kit reads: the document's facts (not its tree) and the edition's scalars
  const key = JSON.stringify([doc, edition.baseUrl, edition.modified, edition.documents.length, edition.formats], (k, v: unknown) => (k === 'file' ? undefined : v));
  const known = kits.get(doc.id);
  const kit = known?.key === key ? known.kit : citationKit(doc, edition);
  kits.delete(doc.id);
  kits.set(doc.id, { key, kit });
  // a few: a corpus's workers must not keep one per document
  if (kits.size > KITS_KEPT) kits.delete(kits.keys().next().value!);
  fileKits.set(file, kit);
  return kit;
}

/**
 * The last kit of each document this thread made: `tei-edition watch` renders a saved document
 * again and again with the same header, and its citations (citeproc, ~30-100 ms) stay the same.
 */
const kits = new Map<string, { key: string; kit: CitationKit }>();
const KITS_KEPT = 8;

function files(folder: string, name: string, items: readonly CslItem[]): Output[] {
  const d = downloads(items);
  return (Object.keys(DOWNLOAD_TYPES) as (keyof Downloads)[]).map((f) => ({ path: citePath(folder, name, f), content: d[f] }));
}

export function renderCitation(file: TeiFile, edition: EditionModel): Output[] {
  const doc = edition.document(file.id);
  if (!doc) return [];
  const folder = docCiteFolder(doc.id);
  const out = files(folder, doc.id, [chapterItem(doc, edition)]);
  for (const p of paragraphs(doc)) out.push(...files(folder, p.anchor, [paragraphItem(doc, edition, p.n, p.anchor)]));
  out.push({ path: `${doc.id}/linkset.json`, content: linkset(doc, edition) });
  return out;
}

export function renderEditionCitation(_files: readonly TeiFile[], edition: EditionModel): Output[] {
  const books = edition.documents.map((d) => bookItem(d, edition));
  const out = books.length ? files(EDITION_CITE_FOLDER, 'edition', books) : [];
  const cff = editionCff(edition);
  if (cff) out.push({ path: 'CITATION.cff', content: cff });
  out.push({ path: ICON_PATH, content: icon() }, { path: FAVICON_PATH, content: favicon() });
  return out;
}

/** RFC 9264 linkset of the reading page: the same signposting links as its head. */
function linkset(doc: DocumentModel, edition: EditionModel): string {
  const from = doc.id;
  const kit = kitOf(doc.file, edition);
  const links = kit.pages['index.html']!.head.links.filter((l) => l.rel !== 'canonical' && l.rel !== 'linkset');
  const anchor: Record<string, unknown> = { anchor: hrefFrom(edition, from, `${doc.id}/index.html`) };
  for (const l of links) {
    const list = (anchor[l.rel] ??= []) as { href: string; type?: string }[];
    list.push({ href: l.href, ...(l.type ? { type: l.type } : {}) });
  }
  return `${JSON.stringify({ linkset: [anchor] }, null, 2)}\n`;
}
