/**
 * The EPUB's package document (package.opf), navigation document (nav.xhtml) and container.xml,
 * from the edition model and the manifests of its documents' parts. Each document's content
 * documents are in a folder of their own; the navigation document and the stylesheet are shared.
 */
import { t } from '../../i18n/messages.js';
import type { EpubPart, NavEntry } from './transform.js';

export interface BookCreator {
  name: string;
  /** MARC relator code: aut, edt, trl. */
  role: 'aut' | 'edt' | 'trl';
  /** dc:creator for authors, dc:contributor for the others. */
}

export interface BookMetadata {
  identifier: string;
  title: string;
  subtitle: string | null;
  /** The languages of the texts, the first the main one. */
  languages: string[];
  /** The language of the e-book's own words (the navigation, the accessibility summary): the interface's. */
  uiLang: string;
  /** The title is the e-book's own words (the edition's e-book: "Digital edition"), not the text's. */
  ownTitle?: boolean;
  creators: BookCreator[];
  publisher: string | null;
  rights: string | null;
  /** YYYY-MM-DD, the date of this version. */
  date: string | null;
  /** YYYY-MM-DD, from the sources (the latest change), never the wall clock. */
  modified: string | null;
  source: string | null;
}

/** A document's part, with the folder its files are in. */
export interface PlacedPart extends EpubPart {
  folder: string;
}

const OPS = 'http://www.idpf.org/2007/ops';

export const CONTAINER = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
`;

export function esc(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

const href = (part: PlacedPart, h: string): string => `${part.folder}/${h}`;
// an XML name: a folder may begin with a digit
const itemId = (part: PlacedPart, file: string): string => `x-${part.folder}-${file.replace(/\.xhtml$/, '')}`.replace(/[^A-Za-z0-9_-]/g, '_');

/** What the e-book offers a reader who cannot see, or reads with assistive technology. */
function accessibility(parts: readonly PlacedPart[], lang: string): string[] {
  const pages = parts.some((p) => p.manifest.pages.length > 0);
  const inferred = parts.some((p) => p.manifest.pagesInferred);
  const back = parts.some((p) => p.manifest.files.some((f) => f.matter === 'backmatter'));
  const features = ['structuralNavigation', 'tableOfContents', 'readingOrder', 'annotations', ...(pages ? ['pageNavigation'] : []), ...(back ? ['index'] : [])];
  const summary = t(lang, 'epub.summary', t(lang, pages ? 'epub.summary-nav-pages' : 'epub.summary-nav'), inferred ? t(lang, 'epub.summary-inferred') : '');
  return [
    '<meta property="schema:accessMode">textual</meta>',
    '<meta property="schema:accessModeSufficient">textual</meta>',
    ...features.map((f) => `<meta property="schema:accessibilityFeature">${f}</meta>`),
    '<meta property="schema:accessibilityHazard">none</meta>',
    `<meta property="schema:accessibilitySummary">${esc(summary)}</meta>`,
  ];
}

/**
 * dcterms:modified must be a full date and time: a change dated by its year or month alone
 * ("2020", "2020-03") is dated by the first day of it, the earliest the sources allow.
 */
export function fullDate(date: string | null): string {
  const [y = '1980', m = '01', d = '01'] = (date ?? '').split('-').filter((p) => /^\d+$/.test(p));
  return `${y.padStart(4, '0')}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

export function packageDocument(meta: BookMetadata, parts: readonly PlacedPart[]): string {
  // the package's language is the interface's (its own words); a title in the text's language says so
  const main = meta.languages.length === 1 ? meta.languages[0] : undefined;
  const titleLang = main && main !== 'und' && main !== meta.uiLang ? ` xml:lang="${esc(main)}"` : '';
  const lines: string[] = [
    `<dc:identifier id="uid">${esc(meta.identifier)}</dc:identifier>`,
    `<dc:title id="title"${meta.ownTitle ? '' : titleLang}>${esc(meta.title)}</dc:title>`,
    '<meta refines="#title" property="title-type">main</meta>',
  ];
  if (meta.subtitle) lines.push(`<dc:title id="subtitle"${titleLang}>${esc(meta.subtitle)}</dc:title>`, '<meta refines="#subtitle" property="title-type">subtitle</meta>');
  for (const lang of meta.languages) lines.push(`<dc:language>${esc(lang)}</dc:language>`);
  meta.creators.forEach((c, i) => {
    const el = c.role === 'aut' ? 'dc:creator' : 'dc:contributor';
    lines.push(`<${el} id="creator-${i + 1}">${esc(c.name)}</${el}>`, `<meta refines="#creator-${i + 1}" property="role" scheme="marc:relators">${c.role}</meta>`);
  });
  if (meta.publisher) lines.push(`<dc:publisher>${esc(meta.publisher)}</dc:publisher>`);
  if (meta.rights) lines.push(`<dc:rights>${esc(meta.rights)}</dc:rights>`);
  if (meta.date) lines.push(`<dc:date>${esc(meta.date)}</dc:date>`);
  if (meta.source) lines.push(`<dc:source>${esc(meta.source)}</dc:source>`);
  lines.push(`<meta property="dcterms:modified">${fullDate(meta.modified)}T00:00:00Z</meta>`);
  lines.push(...accessibility(parts, meta.uiLang));

  const items = [
    '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>',
    '<item id="css" href="epub.css" media-type="text/css"/>',
  ];
  const spine: string[] = [];
  parts.forEach((part, i) => {
    for (const f of part.manifest.files) {
      items.push(`<item id="${itemId(part, f.href)}" href="${esc(href(part, f.href))}" media-type="application/xhtml+xml"/>`);
      spine.push(`<itemref idref="${itemId(part, f.href)}"/>`);
      // one document: the contents follow its title page; several: they come first
      if (parts.length === 1 && i === 0 && f.href === 'title.xhtml') spine.push('<itemref idref="nav"/>');
    }
  });
  if (parts.length !== 1) spine.unshift('<itemref idref="nav"/>');
  const indent = (xs: string[]): string => xs.map((x) => `    ${x}`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="${esc(meta.uiLang)}">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
${indent(lines)}
  </metadata>
  <manifest>
${indent(items)}
  </manifest>
  <spine>
${indent(spine)}
  </spine>
</package>
`;
}

/** `uiLang`: the navigation document's language; an entry in another says so. */
function navList(entries: readonly NavEntry[], part: PlacedPart, depth: number, uiLang: string): string {
  const pad = '  '.repeat(depth);
  const lis = entries.map((e) => {
    const lang = e.lang && e.lang !== uiLang ? ` lang="${esc(e.lang)}" xml:lang="${esc(e.lang)}"` : '';
    const inner = e.children?.length ? `\n${navList(e.children, part, depth + 2, uiLang)}\n${pad}  ` : '';
    return `${pad}  <li><a href="${esc(href(part, e.href))}"${lang}>${esc(e.label)}</a>${inner}</li>`;
  });
  return `${pad}<ol>\n${lis.join('\n')}\n${pad}</ol>`;
}

/** `lang`: the interface's language, of the navigation's own words. */
export function navDocument(title: string, parts: readonly PlacedPart[], lang: string): string {
  // several documents: each is one entry of the contents, its own contents below it
  const toc =
    parts.length === 1
      ? navList(parts[0]!.manifest.toc, parts[0]!, 2, lang)
      : `    <ol>\n${parts
          .map((p) => `      <li><a href="${esc(href(p, 'title.xhtml'))}" lang="${esc(p.manifest.lang)}" xml:lang="${esc(p.manifest.lang)}">${esc(p.manifest.title)}</a>\n${navList(p.manifest.toc, p, 4, lang)}\n      </li>`)
          .join('\n')}\n    </ol>`;
  const pages = parts.flatMap((p) => p.manifest.pages.map((e) => ({ e, p })));
  const inferred = parts.some((p) => p.manifest.pagesInferred);
  const pageList = pages.length
    ? `
  <nav epub:type="page-list" id="page-list" role="doc-pagelist" aria-labelledby="page-list-h" hidden="hidden">
    <h2 id="page-list-h">${esc(t(lang, inferred ? 'epub.pages-inferred' : 'epub.pages'))}</h2>
    <ol>
${pages.map(({ e, p }) => `      <li><a href="${esc(href(p, e.href))}">${esc(e.label)}</a></li>`).join('\n')}
    </ol>
  </nav>`
    : '';
  const first = parts[0]!;
  const landmarks = [
    ...first.manifest.landmarks.filter((l) => l.type === 'titlepage').map((l) => ({ ...l, href: href(first, l.href) })),
    { type: 'toc', label: t(lang, 'epub.contents'), href: 'nav.xhtml#toc' },
    ...first.manifest.landmarks.filter((l) => l.type !== 'titlepage').map((l) => ({ ...l, href: href(first, l.href) })),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="${OPS}" lang="${esc(lang)}" xml:lang="${esc(lang)}">
<head>
  <meta charset="utf-8"/>
  <title>${esc(t(lang, 'epub.contents-of', title))}</title>
  <link rel="stylesheet" type="text/css" href="epub.css"/>
</head>
<body epub:type="frontmatter">
<main>
  <nav epub:type="toc" id="toc" role="doc-toc" aria-labelledby="toc-h">
    <h1 id="toc-h">${esc(t(lang, 'epub.contents'))}</h1>
${toc}
  </nav>${pageList}
  <nav epub:type="landmarks" id="landmarks" aria-labelledby="landmarks-h" hidden="hidden">
    <h2 id="landmarks-h">${esc(t(lang, 'epub.landmarks'))}</h2>
    <ol>
${landmarks.map((l) => `      <li><a epub:type="${esc(l.type)}" href="${esc(l.href)}"${l.lang && l.lang !== lang ? ` lang="${esc(l.lang)}" xml:lang="${esc(l.lang)}"` : ''}>${esc(l.label)}</a></li>`).join('\n')}
    </ol>
  </nav>
</main>
</body>
</html>
`;
}
