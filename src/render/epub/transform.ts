/**
 * The EPUB's content documents of one document: the e-book's part of the document's one transform
 * (src/render/rendering.ts, xslt/modules/epub.xsl): the XHTML files and a manifest (files in
 * reading order, table of contents, page list, landmarks), cached with the document's pages.
 */
import type { TeiFile } from '../../file.js';
import type { EditionModel } from '../../model/edition.js';
import { renderingPart } from '../rendering.js';

export interface NavEntry {
  label: string;
  href: string;
  lang?: string;
  children?: NavEntry[];
}

export interface Manifest {
  title: string;
  /** The text's language. */
  lang: string;
  /** The interface's language: of the e-book's own words (labels, headings, the navigation). */
  uiLang: string;
  /** The content documents in reading order. */
  files: { href: string; title: string; matter: 'frontmatter' | 'bodymatter' | 'backmatter' }[];
  toc: NavEntry[];
  pages: NavEntry[];
  /** The page beginnings were inferred by the editors (pb cert="low"). */
  pagesInferred: boolean;
  landmarks: (NavEntry & { type: string })[];
}

/** One document's part of an EPUB: its content documents by file name, hrefs relative to its folder. */
export interface EpubPart {
  docId: string;
  manifest: Manifest;
  documents: Map<string, string>;
}

export async function epubPart(file: TeiFile, edition: EditionModel): Promise<EpubPart> {
  const rendering = await renderingPart(file, edition, 'epub');
  if (!rendering) throw new Error('the transform failed');
  const documents = new Map<string, string>();
  let manifest: Manifest | undefined;
  for (const [name, content] of rendering.epub) {
    if (name === 'manifest.json') manifest = JSON.parse(content) as Manifest;
    else if (/^[a-z0-9-]+\.xhtml$/.test(name)) documents.set(name, content);
    else throw new Error(`unexpected result document ${name}`);
  }
  if (!manifest) throw new Error('the EPUB stylesheet wrote no manifest');
  return { docId: file.id, manifest, documents };
}
