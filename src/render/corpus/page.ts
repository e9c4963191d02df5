/** The frame every corpus page shares: head, site header with the corpus navigation, footer. */
import { t } from '../../i18n/messages.js';
import { version } from '../../version.js';
import { esc } from '../citation/html.js';
import type { RegisterKind } from '../json/types.js';

export { esc };

/** A register's name in the interface language (the message keys register.persons…). */
export const kindLabel = (lang: string, kind: RegisterKind): string => t(lang, `register.${kind}`);

/** A message with one slot filled by HTML: the message's own words escaped, the HTML not. */
export const tHtml = (lang: string, key: string, html: string): string => esc(t(lang, key, '\u0000')).replace('\u0000', () => html);

/** 12,345 or 12.345: the digit grouping of the interface language (as the XSLT's ed:num). */
export const num = (lang: string, n: number): string => n.toLocaleString('en').replace(/,/g, t(lang, 'number.group'));

export interface PageFrame {
  /** The interface language (html/@lang, and the words of the frame). */
  lang: string;
  /** '' for the landing page, '../' for pages in registers/. */
  up: string;
  title: string;
  /** Extra <head> lines (citation metadata of the landing page). */
  head?: string;
  /** Register kinds that have a page, for the navigation. */
  kinds: readonly RegisterKind[];
  /** The page's own path, for aria-current. */
  self: string;
  built: string;
  body: string;
}

export function corpusPage(f: PageFrame): string {
  const link = (href: string, label: string) => `<li><a href="${f.up}${href}"${href === f.self ? ' aria-current="page"' : ''}>${esc(label)}</a></li>`;
  const nav = f.kinds.map((k) => link(`registers/${k}.html`, kindLabel(f.lang, k))).join('');
  // Browsers and validators cut titles at about 70 characters.
  const title = f.title.length <= 70 ? f.title : `${f.title.slice(0, 68).replace(/\s+\S*$/, '')} …`;
  return `<!DOCTYPE html>
<html lang="${esc(f.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<meta name="generator" content="tei-edition ${esc(version)}">
${f.head ?? ''}<link rel="icon" href="${f.up}assets/icon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${f.up}assets/edition.css">
<link rel="stylesheet" href="${f.up}assets/corpus.css">
<script src="${f.up}assets/corpus.js" defer></script>
</head>
<body>
<a class="skip" href="#main">${esc(t(f.lang, 'page.skip'))}</a>
<header class="site"><p class="site-title"><a href="${f.up}index.html"${f.self === 'index.html' ? ' aria-current="page"' : ''}>${esc(t(f.lang, 'page.home'))}</a></p>${nav ? `<nav aria-label="${esc(t(f.lang, 'corpus.nav'))}"><ul>${nav}</ul></nav>` : ''}</header>
<main id="main">
${f.body}
</main>
<footer class="site"><p>tei-edition ${esc(version)}${f.built ? ` · ${tHtml(f.lang, 'colophon.built', `<time datetime="${esc(f.built)}">${esc(f.built)}</time>`)}` : ''}</p></footer>
</body>
</html>
`;
}

/** A document's folder as a path segment: a file name such as "javascript:x" is no scheme. */
export const docHref = (up: string, id: string, anchor = ''): string => `${up}${encodeURIComponent(id)}/index.html${anchor ? `#${encodeURIComponent(anchor)}` : ''}`;
