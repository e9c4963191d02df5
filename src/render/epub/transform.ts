/**
 * The EPUB's content documents of one document: xslt/epub.xsl run by saxon-js from its compiled
 * SEF. The transform writes the XHTML files and a manifest (files in reading order, table of
 * contents, page list, landmarks) as result documents. Cached like the HTML (html-cache.ts), by
 * everything the result depends on.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { TeiFile } from '../../file.js';
import type { EditionModel } from '../../model/edition.js';
import { kitOf } from '../citation/index.js';
import { cachedRender, cacheEnabled, cacheRender, renderKey } from '../html-cache.js';
import { saxonJs } from '../html.js';
import { compiledStylesheet } from '../sef.js';
import { uiParams } from '../../i18n/messages.js';
import { version } from '../../version.js';

const BASE = 'file:///tei-edition-epub/';

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

/** This file's own code: a change to it must not be hidden behind an old rendering. */
let code: Promise<string> | undefined;
const codeHash = (): Promise<string> =>
  readFile(new URL(import.meta.url)).then((b) => createHash('sha256').update(b).digest('hex'), () => '');

export async function epubPart(file: TeiFile, edition: EditionModel): Promise<EpubPart> {
  const citation = JSON.stringify(kitOf(file, edition));
  // the document's interface language, as its HTML pages (src/render/html.ts)
  const ui = uiParams(edition.document(file.id)?.uiLang ?? edition.uiLang);
  code ??= codeHash();
  const key = cacheEnabled() ? await renderKey(file, `epub\n${await code}\n${citation}\n${ui['ui-lang']}\n${ui.messages}`) : undefined;
  const cached = key ? await cachedRender(key) : undefined;
  let results: [string, string][];
  if (cached) results = cached.outputs.map((o) => [o.path, String(o.content)]);
  else {
    const SaxonJS = saxonJs();
    const options = {
      stylesheetInternal: await compiledStylesheet('epub.xsl'),
      sourceText: file.text,
      destination: 'serialized' as const,
      baseOutputURI: `${BASE}index`,
      deliverResultDocument: () => ({ destination: 'serialized' }),
      stylesheetParams: { 'doc-id': file.id, 'tool-version': version, citation, ...ui },
    };
    const result = SaxonJS.transform(options);
    results = Object.entries(result.resultDocuments ?? {})
      .map(([uri, content]): [string, string] => [uri.startsWith(BASE) ? uri.slice(BASE.length) : uri, String(content)])
      .sort(([a], [b]) => a.localeCompare(b));
    if (key) await cacheRender(key, { outputs: results.map(([path, content]) => ({ path, content })), landing: '' });
  }
  const documents = new Map<string, string>();
  let manifest: Manifest | undefined;
  for (const [name, content] of results) {
    if (name === 'manifest.json') manifest = JSON.parse(content) as Manifest;
    else if (/^[a-z0-9-]+\.xhtml$/.test(name)) documents.set(name, content);
    else throw new Error(`unexpected result document ${name}`);
  }
  if (!manifest) throw new Error('the EPUB stylesheet wrote no manifest');
  return { docId: file.id, manifest, documents };
}
