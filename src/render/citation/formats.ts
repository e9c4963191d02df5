/**
 * Citations and bibliography files made by citation-js: the cite block's styles (CSL, through
 * citeproc-js) and the downloads (CSL-JSON, BibLaTeX, RIS). Nothing here writes a format by hand.
 */
import { readFileSync } from 'node:fs';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslItem } from './items.js';

export interface Style {
  id: string;
  label: string;
  /** The CSL template's name in citation-js. */
  template: string;
}

/** The styles the cite block offers, the first shown by default (styles/*.csl, written for the edition's three item types). */
export const STYLES: readonly Style[] = [
  { id: 'chicago', label: 'Chicago', template: 'tei-edition-chicago' },
  { id: 'apa', label: 'APA', template: 'tei-edition-apa' },
  { id: 'mla', label: 'MLA', template: 'tei-edition-mla' },
];

/** The styles written for the edition (styles/*.csl), found from src/ and from lib/ alike. */
const STYLE_DIR = new URL('../../../src/render/citation/styles/', import.meta.url);
let registered = false;
function register(): void {
  if (registered) return;
  const templates = plugins.config.get('@csl').styles;
  templates.add('tei-edition-chicago', readFileSync(new URL('chicago.csl', STYLE_DIR), 'utf8'));
  templates.add('tei-edition-mla', readFileSync(new URL('mla.csl', STYLE_DIR), 'utf8'));
  templates.add('tei-edition-apa', readFileSync(new URL('apa.csl', STYLE_DIR), 'utf8'));
  registered = true;
}

/** The locale of every citation: the styles' own language, whatever the interface's (README, "How to cite"). */
export const CITATION_LOCALE = 'en-US';

/** A bibliography entry in a style, as HTML (the inner HTML of citeproc's csl-entry). */
export function entryHtml(item: CslItem, style: Style): string {
  register();
  const html = new Cite([item]).format('bibliography', { format: 'html', template: style.template, lang: CITATION_LOCALE });
  const m = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(html);
  if (!m) throw new Error(`citeproc gave no entry for ${item.id} in ${style.id}`);
  return m[1]!.trim();
}

/** The same entry as plain text. */
export function entryText(item: CslItem, style: Style): string {
  register();
  return new Cite([item]).format('bibliography', { format: 'text', template: style.template, lang: CITATION_LOCALE }).trim();
}

export interface Downloads {
  csl: string;
  bib: string;
  ris: string;
}

export const DOWNLOAD_TYPES: Record<keyof Downloads, { ext: string; type: string; label: string }> = {
  csl: { ext: 'json', type: 'application/vnd.citationstyles.csl+json', label: 'CSL-JSON' },
  bib: { ext: 'bib', type: 'application/x-bibtex', label: 'BibLaTeX' },
  ris: { ext: 'ris', type: 'application/x-research-info-systems', label: 'RIS' },
};

/** CSL-JSON, BibLaTeX (editor and translator kept) and RIS for a list of items. */
export function downloads(items: readonly CslItem[]): Downloads {
  const cite = new Cite(items.map((i) => ({ ...i })));
  return {
    csl: `${JSON.stringify(items, null, 2)}\n`,
    bib: cite.format('biblatex', { format: 'text' }),
    ris: unfoldRis(cite.format('ris', { format: 'text' })),
  };
}

/**
 * citation-js breaks RIS values after every 70 characters, and readers (Zotero, and citation-js
 * itself) join the pieces with a space: "scholarly" comes back as "scholar ly". RIS has no line
 * limit that needs it, so the breaks are taken out again; a value of ours never holds a newline.
 */
function unfoldRis(ris: string): string {
  return ris.replace(/\n(?![A-Z][A-Z0-9]  -)/g, '').replace(/\n*$/, '\n');
}
