/** registers/<kind>.html: each entity of the corpus once, with its mentions in every document. */
import { safeHref } from '../../model/urls.js';
import type { RegisterKind } from '../json/types.js';
import type { Output } from '../output.js';
import { corpusPage, docHref, esc, KIND_LABELS } from './page.js';
import type { CorpusEntry, CorpusRegisters } from './registers.js';

export function registerPages(regs: CorpusRegisters, titles: ReadonlyMap<string, string>, built: string): Output[] {
  const kinds = (Object.keys(regs.entries) as RegisterKind[]).filter((k) => regs.entries[k].length > 0);
  return kinds.map((kind) => {
    const list = regs.entries[kind];
    const docs = new Set(list.flatMap((e) => e.mentions.map((m) => m.doc)));
    const body = `<h1>${KIND_LABELS[kind]} across the corpus</h1>
<p class="lead">${list.length} ${list.length === 1 ? 'entry' : 'entries'}, mentioned in ${docs.size} ${docs.size === 1 ? 'document' : 'documents'}. One entry per entity: records of the shared register and of each document are one entry when a pointer names the same record or when they carry the same authority id.</p>
${list.map((e) => entryHtml(e, titles)).join('\n')}`;
    const self = `registers/${kind}.html`;
    return { path: self, content: corpusPage({ up: '../', title: `${KIND_LABELS[kind]}: registers of the corpus`, kinds, self, built, body }) };
  });
}

function entryHtml(e: CorpusEntry, titles: ReadonlyMap<string, string>): string {
  const byDoc = new Map<string, CorpusEntry['mentions']>();
  for (const m of e.mentions) {
    let list = byDoc.get(m.doc);
    if (!list) byDoc.set(m.doc, (list = []));
    list.push(m);
  }
  const authorities = e.authorities
    .map((a) => {
      const href = safeHref(a.uri);
      return href ? `<a href="${esc(href)}">${esc(a.type)} ${esc(a.id)}</a>` : `${esc(a.type)} ${esc(a.id)}`;
    })
    .join(', ');
  const docs = [...byDoc].map(([doc, ms]) => {
    const title = titles.get(doc) ?? doc;
    const items = ms.map((m) => `<li><a href="${docHref('../', doc, m.anchor)}">${esc(m.context || title)}</a></li>`).join('');
    return `<li><a href="${docHref('../', doc)}">${esc(title)}</a> (${ms.length}):<ul class="mentions">${items}</ul></li>`;
  });
  return `<section id="${esc(e.id)}" class="entry corpus-entry"><h2 id="${esc(e.id)}-h">${esc(e.name)}</h2>${e.variants.length ? `<p>Also: ${esc(e.variants.join('; '))}</p>` : ''}${e.description ? `<p>${esc(e.description)}</p>` : ''}${authorities ? `<p class="authorities">Authority records: ${authorities}</p>` : ''}<p class="records">Recorded in: ${e.records.map((r) => `${esc(r.doc)}#${esc(r.id)}`).join(', ')}</p><h3 id="${esc(e.id)}-m">Mentions in ${byDoc.size} ${byDoc.size === 1 ? 'document' : 'documents'}</h3><ul class="occurrences">${docs.join('')}</ul></section>`;
}
