/**
 * The word share of one loaded document, in the HTML reading page and in the JSON edition. The
 * stages are run as the build runs them (the edition model, then the renderers), without
 * validation: this measures what rendering keeps. The HTML parser is passed in (the tests and
 * the benchmark use parse5), so that the toolkit itself needs none.
 */
import type { TeiFile } from '../file.js';
import { editionModel } from '../model/edition.js';
import { renderHtml } from '../render/html.js';
import { edition } from '../render/json/edition.js';
import { htmlStreams, jsonStreams, sum, teiStreams, type HtmlNode, type Share, type View } from './word-share.js';

export interface DocumentShare {
  id: string;
  html: Share;
  json: Share;
}

export async function measureDocument(file: TeiFile, parseHtml: (html: string) => HtmlNode): Promise<DocumentShare> {
  if (!file.tree) throw new Error(`${file.path} did not load`);
  const outputs = await renderHtml(file, editionModel([file]));
  const page = outputs.find((o) => o.path === `${file.id}/index.html`);
  if (!page) throw new Error(`${file.path}: no reading page (${file.messages.map((m) => m.reason).join('; ')})`);
  const document = parseHtml(String(page.content));
  const ed = edition(file);
  const tree = file.tree;
  const views: View[] = ['reading', 'diplomatic'];
  return {
    id: file.id,
    html: sum(views.map((v) => ({ reference: teiStreams(tree, v, 'source-first'), output: htmlStreams(document, v) }))),
    json: sum(views.map((v) => ({ reference: teiStreams(tree, v, 'document'), output: jsonStreams(ed, v) }))),
  };
}
