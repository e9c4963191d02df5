/** registers/<kind>.html: each entity of the corpus once, with its mentions in every document. */
import { safeHref } from '../../model/urls.js';
import type { RegisterKind } from '../json/types.js';
import type { Output } from '../output.js';
import { t } from '../../i18n/messages.js';
import { corpusPage, docHref, esc, kindLabel, tHtml } from './page.js';
import type { CorpusEntry, CorpusRegisters } from './registers.js';

/** `lang`: the interface language of the corpus site; `textLangs`: each document's language, for its title and the words around a mention. */
export function registerPages(regs: CorpusRegisters, titles: ReadonlyMap<string, string>, built: string, lang: string, textLangs: ReadonlyMap<string, string | null> = new Map()): Output[] {
  const kinds = (Object.keys(regs.entries) as RegisterKind[]).filter((k) => regs.entries[k].length > 0);
  return kinds.map((kind) => {
    const list = regs.entries[kind];
    const docs = new Set(list.flatMap((e) => e.mentions.map((m) => m.doc)));
    const entries = list.length === 1 ? t(lang, 'corpus.entry-one') : t(lang, 'corpus.entries', list.length);
    const body = `<h1>${esc(t(lang, 'corpus.register-heading', kindLabel(lang, kind)))}</h1>
<p class="lead">${esc(t(lang, 'corpus.register-lead', entries, documents(lang, docs.size)))}</p>
${list.map((e) => entryHtml(e, titles, lang, textLangs)).join('\n')}`;
    const self = `registers/${kind}.html`;
    return { path: self, content: corpusPage({ lang, up: '../', title: t(lang, 'corpus.register-title', kindLabel(lang, kind)), kinds, self, built, body }) };
  });
}

/**
 * A mention in a letter's header (correspAction) has no words of the text around it: registers.ts
 * says where it is ("in the header: the letter's sent (correspAction)"), and the page says it again
 * in the interface's words; sent and received, the types TEI names, too.
 */
const HEADER = /^in the header: the letter's (\S+) \(correspAction\)$/;
const actionWord = (lang: string, type: string): string => (type === 'sent' || type === 'received' ? t(lang, `corpus.action-${type}`) : type);

const documents = (lang: string, n: number): string => (n === 1 ? t(lang, 'corpus.document-one') : t(lang, 'landing.many', n));

function entryHtml(e: CorpusEntry, titles: ReadonlyMap<string, string>, lang: string, textLangs: ReadonlyMap<string, string | null>): string {
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
    const textLang = textLangs.get(doc);
    const of = textLang ? ` lang="${esc(textLang)}"` : '';
    // a mention in the text shows the document's words around it, in its language; one in the header says where it is
    const items = ms
      .map((m) => {
        const header = HEADER.exec(m.context);
        const words = header ? t(lang, 'corpus.in-header', actionWord(lang, header[1]!)) : m.context || title;
        return `<li><a href="${docHref('../', doc, m.anchor)}"${header ? '' : of}>${esc(words)}</a></li>`;
      })
      .join('');
    return `<li><a href="${docHref('../', doc)}"${of}>${esc(title)}</a> (${ms.length}):<ul class="mentions">${items}</ul></li>`;
  });
  return `<section id="${esc(e.id)}" class="entry corpus-entry"><h2 id="${esc(e.id)}-h">${esc(e.name)}</h2>${e.variants.length ? `<p>${esc(t(lang, 'register.also', e.variants.join('; ')))}</p>` : ''}${e.description ? `<p>${esc(e.description)}</p>` : ''}${authorities ? `<p class="authorities">${tHtml(lang, 'register.authorities', authorities)}</p>` : ''}<p class="records">${esc(t(lang, 'corpus.recorded-in', e.records.map((r) => `${r.doc}#${r.id}`).join(', ')))}</p><h3 id="${esc(e.id)}-m">${esc(t(lang, 'corpus.mentions', documents(lang, byDoc.size)))}</h3><ul class="occurrences">${docs.join('')}</ul></section>`;
}
