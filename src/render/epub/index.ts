/**
 * EPUB 3: one e-book per document (`<doc-id>/<doc-id>.epub`), and one for the edition when it
 * holds several documents (`edition.epub`). The content documents come from xslt/modules/epub.xsl
 * (transform.ts), the package metadata from the edition model, the container from zip.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { TeiFile } from '../../file.js';
import type { DocumentModel, EditionModel } from '../../model/edition.js';
import { t } from '../../i18n/messages.js';
import { xsltDir } from '../../paths.js';
import { citedUrl } from '../citation/pages.js';
import type { Output } from '../output.js';
import { bookUuid } from './identifier.js';
import { EDITION_EPUB, epubPath } from './paths.js';
import { CONTAINER, fullDate, navDocument, packageDocument, type BookCreator, type BookMetadata, type PlacedPart } from './package.js';
import { epubPart, type EpubPart } from './transform.js';
import { dosTime, zipEpub, type ZipEntry } from './zip.js';
import { entriesUnder } from './reread.js';

const PART_KEY = 'epub:part';

let css: string | undefined;
const stylesheet = (): string => (css ??= readFileSync(path.join(xsltDir, 'assets', 'epub.css'), 'utf8'));

export async function renderEpub(file: TeiFile, edition: EditionModel): Promise<Output[]> {
  const doc = edition.document(file.id);
  if (!doc) return [];
  let part: EpubPart;
  try {
    part = await epubPart(file, edition);
  } catch (err) {
    file.message(`the EPUB rendering failed: ${(err as Error).message}`, {
      ruleId: 'render-epub',
      source: 'render',
      hint: 'this is a bug in tei-edition or its stylesheet, not in your document: please report it',
    });
    return [];
  }
  // plain data, so that it reaches the edition's e-book from a worker and from an earlier build;
  // the content documents are read back from this e-book (reread.ts)
  file.data[PART_KEY] = { docId: part.docId, manifest: part.manifest } satisfies PartRecord;
  const content = await book(documentMetadata(doc, edition), [part], doc.modified);
  return [{ path: epubPath(file.id), content }];
}

/** What a document's renderer leaves for the edition's e-book. */
interface PartRecord {
  docId: string;
  manifest: EpubPart['manifest'];
}

/** A document id is a file name: a folder name in the e-book only when it is a plain one. */
const folderOf = (docId: string, i: number): string => (/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(docId) ? docId : `doc-${i + 1}`);

/** A document's part again: its manifest from its data, its content documents from its own e-book. */
async function partFrom(record: PartRecord, epub: Output | undefined): Promise<EpubPart | undefined> {
  if (!epub) return undefined;
  const bytes = typeof epub.content === 'string' ? Buffer.from(epub.content, 'utf8') : epub.content;
  const documents = await entriesUnder(bytes, `EPUB/${folderOf(record.docId, 0)}/`);
  if (!record.manifest.files.every((f) => documents.has(f.href))) return undefined;
  return { docId: record.docId, manifest: record.manifest, documents };
}

/** The edition's e-book: every document, each in a folder of its own, with one contents. */
export async function renderEditionEpub(files: readonly TeiFile[], edition: EditionModel, outputs: readonly Output[] = []): Promise<Output[]> {
  if (edition.documents.length < 2) return [];
  const byPath = new Map(outputs.map((o) => [o.path, o]));
  const parts: EpubPart[] = [];
  for (const d of edition.documents) {
    const record = d.file.data[PART_KEY] as PartRecord | undefined;
    const part = record ? await partFrom(record, byPath.get(epubPath(d.id))) : undefined;
    if (part) parts.push(part);
    // a document whose e-book is not among the outputs: its part is made again, if it can be
    else if (d.file.text && d.file.tree && !d.file.partialTree) parts.push(await epubPart(d.file, edition));
    else return [];
  }
  return [{ path: EDITION_EPUB, content: await book(editionMetadata(edition), parts, edition.modified) }];
}

// it reads the documents' e-books only: it is zipped while the corpus search is indexed
renderEditionEpub.documentsOnly = true;

function book(meta: BookMetadata, parts: readonly EpubPart[], modified: string | null): Promise<Uint8Array> {
  // a document id is a file name: a folder name in the e-book only when it is a plain one
  const placed: PlacedPart[] = parts.map((p, i) => ({ ...p, folder: folderOf(p.docId, i) }));
  const entries: ZipEntry[] = [
    { path: 'META-INF/container.xml', content: CONTAINER },
    { path: 'EPUB/package.opf', content: packageDocument(meta, placed) },
    { path: 'EPUB/nav.xhtml', content: navDocument(meta.title, placed, meta.uiLang) },
    { path: 'EPUB/epub.css', content: stylesheet() },
  ];
  for (const p of placed) for (const f of p.manifest.files) entries.push({ path: `EPUB/${p.folder}/${f.href}`, content: p.documents.get(f.href)! });
  return zipEpub(entries, dosTime(fullDate(modified)));
}

function creatorsOf(doc: DocumentModel): BookCreator[] {
  const c = doc.creators;
  return [
    ...c.authors.map((a) => ({ name: a.name, role: 'aut' as const })),
    ...c.editors.map((a) => ({ name: a.name, role: 'edt' as const })),
    ...c.translators.map((a) => ({ name: a.name, role: 'trl' as const })),
  ];
}

function rightsOf(doc: DocumentModel): string | null {
  const l = doc.metadata.licence;
  if (!l) return null;
  return [l.text, l.uri].filter(Boolean).join(' ') || null;
}

function documentMetadata(doc: DocumentModel, edition: EditionModel): BookMetadata {
  const m = doc.metadata;
  return {
    identifier: edition.baseUrl ? citedUrl(edition, `${doc.id}/index.html`) : bookUuid([{ id: doc.id, version: m.version }]),
    title: m.title,
    subtitle: m.titles.find((t) => t.type === 'sub')?.text ?? null,
    languages: [m.language ?? 'und'],
    uiLang: doc.uiLang,
    creators: creatorsOf(doc),
    publisher: m.publisher,
    rights: rightsOf(doc),
    date: doc.date,
    modified: doc.modified,
    source: m.source?.citation ?? null,
  };
}

function editionMetadata(edition: EditionModel): BookMetadata {
  const docs = edition.documents;
  const unique = <T>(xs: T[], key: (x: T) => string): T[] => [...new Map(xs.map((x) => [key(x), x])).values()];
  const rights = unique(docs.map(rightsOf), (r) => String(r));
  return {
    identifier: edition.baseUrl ?? bookUuid(docs.map((d) => ({ id: d.id, version: d.metadata.version }))),
    title: t(edition.uiLang, 'landing.title'),
    ownTitle: true,
    subtitle: docs.map((d) => d.metadata.title).join('; '),
    languages: unique(docs.map((d) => d.metadata.language ?? 'und'), (l) => l),
    uiLang: edition.uiLang,
    creators: unique(docs.flatMap(creatorsOf), (c) => `${c.role} ${c.name}`),
    publisher: docs[0]?.metadata.publisher ?? null,
    rights: rights.length === 1 ? rights[0]! : null,
    date: edition.modified,
    modified: edition.modified,
    source: null,
  };
}
