/**
 * The edition's home: with one document, the landing page it has always had
 * (src/render/landing.ts); with several (or a shared register file), the corpus site — the
 * table of documents, registers across the corpus, and the search across it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { TeiFile } from '../../file.js';
import type { EditionModel } from '../../model/edition.js';
import { withScriptMessages } from '../../i18n/messages.js';
import { xsltDir } from '../../paths.js';
import { renderLanding } from '../landing.js';
import type { Output, SiteContext } from '../output.js';
import { corpusRows, isCorpus, isRegisterFile } from './documents.js';
import { corpusLanding } from './landing.js';
import { registerPages } from './register-pages.js';
import { corpusRegisters } from './registers.js';
import { searchBundles, searchIndex } from './search.js';

export { isCorpus, corpusRows, type CorpusRow } from './documents.js';
export { corpusRegisters, type CorpusEntry, type CorpusRegisters } from './registers.js';

export async function renderHome(files: readonly TeiFile[], edition: EditionModel, outputs: readonly Output[], context: SiteContext = {}): Promise<Output[]> {
  if (!isCorpus(edition)) return renderLanding(files, edition);
  const rows = corpusRows(edition);
  const pages = new Map(outputs.filter((o) => /^[^/]+\/index\.html$/.test(o.path)).map((o) => [o.path.slice(0, -'/index.html'.length), o.content]));
  const anchors = (doc: string): Set<string> => {
    const html = pages.get(doc);
    const ids = new Set<string>();
    // in a pool build the pages are read back from the staging folder, as bytes
    const text = typeof html === 'string' ? html : html ? Buffer.from(html).toString('utf8') : '';
    for (const m of text.matchAll(/\sid="([^"]+)"/g)) ids.add(m[1]!);
    return ids;
  };
  const regs = corpusRegisters(edition, anchors);
  const titles = new Map(edition.documents.map((d) => [d.id, d.metadata.title || d.id]));
  const built = edition.modified ?? '';
  const counts = Object.fromEntries(Object.entries(regs.entries).map(([k, v]) => [k, v.length]));
  const registerFiles = edition.documents.filter(isRegisterFile).map((d) => ({ id: d.id, title: d.metadata.title || d.id }));
  const first = edition.documents[0]!.file;
  const bundles = searchBundles(rows, outputs);
  return [
    { path: 'index.html', content: corpusLanding(edition, { rows, registerFiles, counts, built, bundles }) },
    ...registerPages(regs, titles, built, edition.uiLang, new Map(rows.map((r) => [r.id, r.lang]))),
    ...(await searchIndex(bundles, outputs, first, context.previous, context.searchIndexer)),
    ...corpusAssets(),
  ];
}

/** assets/corpus.css and corpus.js (with its words, corpusjs.* of every table): read once per process, like the shared assets. */
let assets: Output[] | undefined;
function corpusAssets(): Output[] {
  const read = (name: string): string => readFileSync(path.join(xsltDir, 'assets', name), 'utf8');
  assets ??= [
    { path: 'assets/corpus.css', content: read('corpus.css') },
    { path: 'assets/corpus.js', content: withScriptMessages(read('corpus.js'), 'corpus.js', 'corpusjs.') },
  ];
  return assets;
}

/** For `tei-edition watch`: the assets changed. */
export function forgetCorpusAssets(): void {
  assets = undefined;
}
