/**
 * What a page in one interface language says in another: every text node and user-visible
 * attribute (title, aria-label, alt, placeholder, the value of a button) that is the page's own
 * words, not the TEI's, checked against the message tables.
 *
 * A piece of text is the TEI's when it stands verbatim in the TEI document (its text and
 * attribute values, whitespace normalised), shortened with "…" or not; a page title's parts
 * ("Register van personen · <the TEI's title>") count one by one. Everything else is the
 * interface's, and is flagged when
 *   - it holds a piece of an English message (the words between its placeholders) that the
 *     interface's own table does not also have, or
 *   - one of its words is in neither the interface's table, the TEI, nor the allow-list.
 * In an element whose lang is another than the interface's (the TEI's text, in its own
 * languages) a text is flagged when it is a whole English message, its placeholders filled
 * ("Contents", "line 4"): an English label marked lang="en" is still English.
 * The citations are left alone: they are in their style's locale, en-US, on purpose; so is code
 * (the TEI's own examples, egXML, shown as markup).
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { CITATION_LOCALE } from '../../src/render/citation/formats.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/**
 * Names that are the same in every language, kept small: the citation styles and download
 * formats (proper names), the authority files linked from the registers, and the toolkit's name.
 */
export const ALLOWED = [
  'Chicago', 'APA', 'MLA', 'CSL-JSON', 'BibLaTeX', 'RIS', 'TEI', 'P5', 'XML', 'JSON', 'JSON-LD', 'PDF', 'EPUB', 'W3C', 'Web', 'Annotations',
  'Wikidata', 'VIAF', 'GND', 'GeoNames', 'ISNI', 'ORCID', 'Getty', 'TGN', 'Library', 'of', 'Congress', 'tei-edition',
];

/**
 * Messages that Dutch writes as English does, for the test that every message is translated:
 * loanwords (genre, e-book, fragment, document) and the Latin abbreviations of manuscript
 * description (Inc., Expl.), which catalogues in every language use.
 */
export const SAME_IN_DUTCH = ['Genre', 'E-book', 'Fragment', 'document', 'Inc', 'Expl'];

export interface Leftover {
  /** Where: the element's tag, and the attribute if it is one. */
  where: string;
  text: string;
  /** The English message piece or the unknown word that flagged it. */
  found: string;
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();
const words = (s: string): string[] => s.match(/[\p{L}][\p{L}\p{M}'’-]*/gu) ?? [];
/** The fixed words of a message: what stands between its placeholders. */
const pieces = (message: string): string[] => message.split(/\{\d\}/).map(norm).filter((p) => /\p{L}/u.test(p));

export interface Checker {
  check(html: string): Leftover[];
}

/** `tei`: the TEI document's text; `english`, `ui`: the message tables; `uiLang`: the interface's code. */
export function checker(tei: string, english: Record<string, string>, ui: Record<string, string>, uiLang: string): Checker {
  // the text with its tags taken out (an element's text joins its neighbours', as in the HTML),
  // then every attribute value
  const unescape = (x: string): string =>
    x.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const withoutComments = tei.replace(/<!--[\s\S]*?-->/g, ' ');
  const attributes = [...withoutComments.matchAll(/="([^"]*)"/g)].map((m) => m[1]!);
  const teiText = norm(unescape(`${withoutComments.replace(/<[^>]*>/g, '')} | ${attributes.join(' | ')}`));
  // (its words also with each element apart: <sic>corssed</sic><corr>crossed</corr> are two)
  const teiWords = new Set([...words(teiText), ...words(unescape(withoutComments.replace(/<[^>]*>/g, ' ')))]);
  const uiPieces = new Set(Object.values(ui).flatMap(pieces));
  const uiWords = new Set(Object.values(ui).flatMap(words));
  const allowed = new Set(ALLOWED.flatMap(words));
  // English pieces the interface's table does not share, longest first
  // (a piece of one word that the interface's language also has, "Download", proves nothing)
  const englishPieces = [...new Set(Object.values(english).flatMap(pieces))]
    .filter((p) => !uiPieces.has(p) && !ALLOWED.includes(p) && !(words(p).length === 1 && uiWords.has(words(p)[0]!)))
    .sort((a, b) => b.length - a.length);
  // (a lemma or a title shortened with "…" is the TEI's when each of its parts is)
  // In the TEI's languages, an interface string is a whole English message ("Contents", "line 4"):
  // a text that holds an English word of some message may well be the TEI's own.
  const englishMessages = Object.values(english)
    // (a joint of a few letters, "{0} and {1}", fits any text)
    .filter((m) => pieces(m).some((p) => englishPieces.includes(p)) && (!/\{\d\}/.test(m) || pieces(m).some((p) => words(p).join('').length >= 4)))
    .map((m) => new RegExp(`^${norm(m).split(/\{\d\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+')}$`, 'su'));
  const isTei = (text: string): boolean =>
    teiText.includes(text) || (text.includes('…') && text.split('…').map(norm).every((part) => part === '' || teiText.includes(part)));
  const pieceIn = (text: string, piece: string): boolean => {
    // short pieces ("at", "to") count only as the whole text, longer ones as whole words in it
    if (words(piece).join('').length < 3) return text === piece;
    const esc = piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(^|[^\\p{L}])${esc}($|[^\\p{L}])`, 'u').test(text);
  };

  function inspect(raw: string, where: string, out: Leftover[], foreign = false): void {
    const text = norm(raw);
    if (!/\p{L}/u.test(text) || isTei(text)) return;
    if (text.includes(' · ')) {
      for (const part of text.split(' · ')) inspect(part, where, out, foreign);
      return;
    }
    if (foreign) {
      const whole = englishMessages.find((m) => m.test(text));
      if (whole) out.push({ where, text, found: whole.source });
      return;
    }
    const piece = englishPieces.find((p) => pieceIn(text, p));
    if (piece) {
      out.push({ where, text, found: piece });
      return;
    }
    // (one or two letters are a note's mark, b or ae, not a word)
    const unknown = words(text).find((w) => w.length > 2 && !uiWords.has(w) && !teiWords.has(w) && !allowed.has(w));
    if (unknown) out.push({ where, text, found: unknown });
  }

  function walk(node: Node, lang: string, out: Leftover[]): void {
    // another language than the interface's: the TEI's (checked for English messages only)
    const foreign = lang !== '' && lang !== uiLang && !lang.startsWith(`${uiLang}-`);
    if (node.nodeName === '#text') {
      inspect((node as DefaultTreeAdapterMap['textNode']).value, `${(node.parentNode as Element | null)?.tagName ?? '?'} text`, out, foreign);
      return;
    }
    if (!('tagName' in node)) {
      for (const c of (node as DefaultTreeAdapterMap['parentNode']).childNodes ?? []) walk(c, lang, out);
      return;
    }
    const el = node as Element;
    // (code is the TEI's own examples, egXML, as markup: examples.xsl)
    if (el.tagName === 'script' || el.tagName === 'style' || el.tagName === 'code') return;
    const attr = (name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;
    const own = attr('lang') ?? lang;
    // the citations, in their style's locale
    if (own === CITATION_LOCALE && own !== uiLang) return;
    const ownForeign = own !== '' && own !== uiLang && !own.startsWith(`${uiLang}-`);
    // a title or a label says what the element is, in the interface's words, even on the TEI's
    // text (what the TEI says about it, a glyph's name or a reason, is found in the TEI); an
    // image's alternative text is the TEI's figDesc
    for (const name of ['title', 'aria-label', 'alt', 'placeholder']) {
      const value = attr(name);
      if (value !== undefined) inspect(value, `${el.tagName}@${name}`, out, name === 'alt' && ownForeign);
    }
    if (el.tagName === 'input' && /^(button|submit|reset)$/.test(attr('type') ?? '')) inspect(attr('value') ?? '', 'input@value', out, ownForeign);
    const children = el.tagName === 'template' ? (el as DefaultTreeAdapterMap['template']).content.childNodes : el.childNodes;
    for (const c of children) walk(c, own, out);
  }

  return {
    check(html: string): Leftover[] {
      const out: Leftover[] = [];
      walk(parse(html), '', out);
      return out;
    },
  };
}
