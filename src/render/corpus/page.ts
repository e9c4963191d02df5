/** The frame every corpus page shares: head, site header with the corpus navigation, footer. */
import { version } from '../../version.js';
import { esc } from '../citation/html.js';
import type { RegisterKind } from '../json/types.js';

export { esc };

export const KIND_LABELS: Record<RegisterKind, string> = {
  persons: 'Persons',
  places: 'Places',
  organisations: 'Organisations',
  works: 'Works',
  events: 'Events',
};

export interface PageFrame {
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
  const nav = f.kinds.map((k) => link(`registers/${k}.html`, KIND_LABELS[k])).join('');
  // Browsers and validators cut titles at about 70 characters.
  const title = f.title.length <= 70 ? f.title : `${f.title.slice(0, 68).replace(/\s+\S*$/, '')} …`;
  return `<!DOCTYPE html>
<html lang="en">
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
<a class="skip" href="#main">Skip to content</a>
<header class="site"><p class="site-title"><a href="${f.up}index.html"${f.self === 'index.html' ? ' aria-current="page"' : ''}>Edition home</a></p>${nav ? `<nav aria-label="Registers of the corpus"><ul>${nav}</ul></nav>` : ''}</header>
<main id="main">
${f.body}
</main>
<footer class="site"><p>tei-edition ${esc(version)}${f.built ? ` · built from the sources of <time datetime="${esc(f.built)}">${esc(f.built)}</time>` : ''}</p></footer>
</body>
</html>
`;
}

/** A document's folder as a path segment: a file name such as "javascript:x" is no scheme. */
export const docHref = (up: string, id: string, anchor = ''): string => `${up}${encodeURIComponent(id)}/index.html${anchor ? `#${encodeURIComponent(anchor)}` : ''}`;
