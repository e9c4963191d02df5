/**
 * The landing page's head tags and cite block as HTML (the landing page is put together in
 * TypeScript, src/render/landing.ts; a document's pages get the same from xslt/modules/cite.xsl).
 */
import type { Head } from './head.js';
import type { PageCitation } from './kit.js';
import { t } from '../../i18n/messages.js';
import { CITATION_LOCALE } from './formats.js';

export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function headHtml(head: Head): string {
  const meta = head.meta.map((m) => `<meta ${m.attr}="${esc(m.key)}" content="${esc(m.content)}">`);
  const links = head.links.map((l) => `<link rel="${esc(l.rel)}" href="${esc(l.href)}"${l.type ? ` type="${esc(l.type)}"` : ''}>`);
  return [...meta, ...links, `<script type="application/ld+json">${head.jsonld}</script>`].join('\n');
}

/** citeproc's HTML for an entry is trusted markup (our items, its <i> and entities). */
export function citeBlockHtml(c: PageCitation, heading: string, lang: string): string {
  const radios = c.citations
    .map((s, i) => `<input type="radio" name="cite-style" id="cs-${esc(s.style)}" value="${esc(s.style)}"${i === 0 ? ' checked' : ''}><label for="cs-${esc(s.style)}">${esc(s.label)}</label>`)
    .join('');
  const entries = c.citations.map((s) => `<p class="citation" data-style="${esc(s.style)}" lang="${CITATION_LOCALE}">${s.html}</p>`).join('');
  const downloads = c.downloads
    .map((d) => `<a href="${esc(d.href)}" type="${esc(d.type)}" download="${esc(d.name)}">${esc(d.label)}</a>`)
    .join(' · ');
  return `<section class="cite" aria-labelledby="cite-h">
<h2 id="cite-h">${esc(heading)}</h2>
<fieldset class="cite-styles"><legend>${esc(t(lang, 'cite.style'))}</legend>${radios}</fieldset>
<div class="citations" id="cite-page">${entries}</div>
${downloads ? `<p class="cite-downloads">${esc(t(lang, 'cite.download', '\u0000')).replace('\u0000', downloads)}</p>\n` : ''}<p hidden class="cite-copy"><button type="button" data-copy="cite-page">${esc(t(lang, 'cite.copy'))}</button></p>
</section>`;
}
