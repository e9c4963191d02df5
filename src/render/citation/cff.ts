/**
 * CITATION.cff (Citation File Format 1.2.0) for the edition: the edition is the dataset, its
 * preferred citation the edited work (the book). Converted from the CSL items by citation-js;
 * the few fields its converter does not map (the dataset's release date and licence, the
 * preferred citation's type) are set here.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-cff';
import type { EditionModel } from '../../model/edition.js';
import { bookItem, type CslItem } from './items.js';
import { citedUrl } from './pages.js';

/** Licence URIs as SPDX ids, which CFF's `license` requires. */
const SPDX: readonly [RegExp, string][] = [
  [/creativecommons\.org\/licenses\/by\/4\.0/, 'CC-BY-4.0'],
  [/creativecommons\.org\/licenses\/by-sa\/4\.0/, 'CC-BY-SA-4.0'],
  [/creativecommons\.org\/licenses\/by-nc\/4\.0/, 'CC-BY-NC-4.0'],
  [/creativecommons\.org\/licenses\/by-nc-sa\/4\.0/, 'CC-BY-NC-SA-4.0'],
  [/creativecommons\.org\/publicdomain\/zero\/1\.0/, 'CC0-1.0'],
  [/creativecommons\.org\/licenses\/by\/3\.0/, 'CC-BY-3.0'],
];

export function spdx(uri: string | null | undefined): string | null {
  return uri ? (SPDX.find(([re]) => re.test(uri))?.[1] ?? null) : null;
}

export function editionCff(edition: EditionModel): string | null {
  const doc = edition.documents.length === 1 ? edition.documents[0]! : null;
  if (!doc) return multiCff(edition);
  const book = bookItem(doc, edition);
  const dataset: CslItem & { type: never } = {
    ...book,
    id: 'dataset',
    type: 'dataset' as never,
    // the dataset (the encoded edition) is the editors' work; the text is its author's
    author: book.editor ?? book.author,
  } as CslItem & { type: never };
  delete (dataset as Partial<CslItem>).editor;
  const cff = new Cite([dataset, book]).format('cff', {
    type: 'object',
    main: 'dataset',
    preferred: book.id,
    message: 'If you use this edition, please cite it as below.',
  }) as unknown as Record<string, unknown>;
  return yaml(finish(cff, edition, doc.metadata.licence?.uri ?? null, doc.date, doc.metadata.version));
}

/** Several documents: the edition as a dataset, each document's edition a reference. */
function multiCff(edition: EditionModel): string | null {
  if (edition.documents.length === 0) return null;
  const books = edition.documents.map((d) => bookItem(d, edition));
  const editors = books.flatMap((b) => b.editor ?? []);
  const dataset = {
    id: 'dataset',
    type: 'dataset',
    title: 'Digital edition',
    author: editors.length ? editors : [{ literal: edition.documents[0]!.metadata.publisher ?? 'unknown' }],
    URL: citedUrl(edition, ''),
  };
  const cff = new Cite([dataset, ...books]).format('cff', { type: 'object', main: 'dataset', message: 'If you use this edition, please cite it as below.' }) as unknown as Record<string, unknown>;
  return yaml(finish(cff, edition, edition.documents[0]!.metadata.licence?.uri ?? null, edition.modified, null));
}

function finish(
  cff: Record<string, unknown>,
  edition: EditionModel,
  licence: string | null,
  date: string | null,
  version: string | null,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...cff, type: 'dataset', ...(version ? { version } : {}) };
  const id = spdx(licence);
  if (id) out['license'] = id;
  if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) out['date-released'] = date;
  if (!edition.baseUrl) {
    // relative addresses are not URLs: CFF's url must be absolute
    delete out['url'];
    delete out['identifiers'];
  }
  const fix = (ref: unknown): unknown => {
    if (!ref || typeof ref !== 'object') return ref;
    const r: Record<string, unknown> = { ...(ref as Record<string, unknown>), type: 'book' };
    if (!edition.baseUrl) {
      delete r['url'];
      delete r['identifiers'];
    }
    if (id) r['license'] = id;
    return r;
  };
  if (out['preferred-citation']) out['preferred-citation'] = fix(out['preferred-citation']);
  if (Array.isArray(out['references'])) out['references'] = out['references'].map(fix);
  return out;
}

function yaml(obj: Record<string, unknown>): string {
  return String(plugins.output.format('yaml', obj));
}
