/** The edition's metadata, from the teiHeader: titles, people, source, licence, how to cite. */
import { TRANSLATION } from '../../model/creators.js';
import { child, elements, textOf, type XElement } from '../../xml.js';
import { pointers } from './handlers.js';
import { safeHref } from '../../model/urls.js';
import { normalise } from './registers.js';
import type { Metadata, Person } from './types.js';


const kids = (el: XElement | undefined, local?: string): XElement[] =>
  (el?.children ?? []).filter((c): c is XElement => c.type === 'element' && (local === undefined || c.local === local));
const text = (el: XElement | undefined): string | null => (el ? normalise(textOf(el)) || null : null);

function person(el: XElement, role: string | null): Person {
  // <author ref> or <author><persName ref>…</persName></author>
  const named = el.attributes['ref'] !== undefined ? el : [...elements(el)].find((e) => e.attributes['ref'] !== undefined);
  const { ids, uris } = pointers(named?.attributes['ref']);
  return { name: normalise(textOf(el)), id: ids[0] ?? uris[0] ?? null, role };
}

export function metadata(tree: XElement, docId: string): Metadata {
  const header = child(tree, 'teiHeader');
  const fileDesc = child(header ?? tree, 'fileDesc');
  const titleStmt = child(fileDesc ?? tree, 'titleStmt');
  const publication = child(fileDesc ?? tree, 'publicationStmt');
  const edition = child(child(fileDesc ?? tree, 'editionStmt') ?? tree, 'edition');

  const titles = kids(titleStmt, 'title').map((t) => ({ type: t.attributes['type'] ?? null, text: normalise(textOf(t)) }));
  const title = (titles.find((t) => t.type === 'main') ?? titles.find((t) => t.type === null) ?? titles[0])?.text ?? docId;

  const authors = kids(titleStmt, 'author').map((a) => person(a, a.attributes['role'] ?? null));
  const translators: Person[] = [];
  const editors: Person[] = [];
  const responsibilities: Metadata['responsibilities'] = [];
  for (const e of kids(titleStmt, 'editor')) {
    const role = e.attributes['role'] ?? null;
    (role && TRANSLATION.test(role) ? translators : editors).push(person(e, role));
  }
  for (const r of kids(titleStmt, 'respStmt')) {
    const resp = kids(r, 'resp').map((x) => normalise(textOf(x))).join('; ');
    const names = kids(r).filter((x) => x.local !== 'resp');
    responsibilities.push({ resp, names: names.map((n) => normalise(textOf(n))) });
    // a statement of responsibility in the title statement is about the edition: its people are its editors
    (TRANSLATION.test(resp) ? translators : editors).push(...names.map((n) => person(n, resp)));
  }

  const sourceDesc = child(fileDesc ?? tree, 'sourceDesc');
  const sources = kids(sourceDesc).map(sourceCitation).filter(Boolean);
  const sourceNotes = kids(sourceDesc).flatMap((s) => kids(s, 'note')).map((n) => normalise(textOf(n)));
  const sourceUrls = sourceDesc
    ? [...elements(sourceDesc)].flatMap((e) => [e.attributes['target'], e.local === 'idno' || e.local === 'ptr' ? text(e) : undefined]).filter(isUrl)
    : [];

  const licenceEl = publication ? [...elements(publication)].find((e) => e.local === 'licence') : undefined;
  const dateEl = kids(publication, 'date')[0];
  const identifiers = kids(publication, 'idno').map((i) => ({ type: i.attributes['type'] ?? null, value: normalise(textOf(i)) }));
  const language = tree.attributes['xml:lang'] ?? langUsage(header);
  const version = edition ? (edition.attributes['n'] ?? text(edition)) : null;
  const publisher = text(kids(publication, 'publisher')[0] ?? kids(publication, 'authority')[0]);
  const date = dateEl ? (dateEl.attributes['when'] ?? text(dateEl)) : null;

  const meta: Metadata = {
    id: tree.attributes['xml:id'] ?? docId,
    title,
    titles,
    authors,
    translators,
    editors,
    responsibilities,
    source:
      sources.length > 0
        ? { citation: sources.join(' '), description: sourceNotes.length > 0 ? sourceNotes.join(' ') : null, urls: [...new Set(sourceUrls)] }
        : null,
    publisher,
    date,
    identifiers,
    // A licence address that may not be a link (javascript:, urn:…) is not given as its URI.
    licence: licenceEl ? { text: text(licenceEl), uri: safeHref(licenceEl.attributes['target']) } : null,
    language,
    version,
    citation: '',
  };
  meta.citation = citation(meta);
  return meta;
}

/** A bibl as "Authors, Title. Publisher, place, date."; other source descriptions as their text. */
function sourceCitation(el: XElement): string {
  const titles = kids(el, 'title');
  const loose = el.children.some((c) => c.type === 'text' && /[^\s,.;:]/.test(c.value));
  if (el.local !== 'bibl' || titles.length === 0 || loose) return normalise(textWithoutNotes(el));
  const join = (xs: XElement[], sep: string): string => xs.map((x) => normalise(textOf(x))).filter(Boolean).join(sep);
  const head = [join(kids(el, 'author'), ', '), join(titles, ': ')].filter(Boolean).join(', ');
  const imprint = [join(kids(el, 'publisher'), ', '), join(kids(el, 'pubPlace'), ', '), join(kids(el, 'date'), ', ')].filter(Boolean).join(', ');
  return [head, imprint].filter(Boolean).map((p) => (/[.!?]$/.test(p) ? p : `${p}.`)).join(' ');
}

function textWithoutNotes(el: XElement): string {
  return el.children.map((c) => (c.type === 'text' ? c.value : c.local === 'note' ? '' : textWithoutNotes(c))).join('');
}

function langUsage(header: XElement | undefined): string | null {
  if (!header) return null;
  for (const e of elements(header)) if (e.local === 'language' && e.attributes['ident']) return e.attributes['ident']!;
  return null;
}

function isUrl(v: string | null | undefined): v is string {
  return typeof v === 'string' && /^https?:\/\//.test(v);
}

/** "Authors, Title. Translated by …. Edited by …. Publisher, date. Version v. DOI/URL." */
function citation(m: Metadata): string {
  const names = (ps: Person[]): string => ps.map((p) => p.name).join(', ');
  const url = m.identifiers.find((i) => /doi|url|uri/i.test(i.type ?? ''))?.value;
  const parts = [
    [names(m.authors), m.title].filter(Boolean).join(', '),
    m.translators.length ? `Translated by ${names(m.translators)}` : '',
    m.editors.length ? `Edited by ${names(m.editors)}` : '',
    [m.publisher, m.date].filter(Boolean).join(', '),
    m.version ? `Version ${m.version}` : '',
    url ?? '',
  ];
  return parts.filter(Boolean).map((p) => (/[.!?]$/.test(p) ? p : `${p}.`)).join(' ');
}
