/**
 * fast-check arbitraries for TEI documents: random nestings of the elements the toolkit knows,
 * random attributes, and text with astral characters, combining marks, right-to-left script and
 * characters XML forbids. A document is generated as a tree and serialised, so that a fault is
 * only where a mutation puts it.
 */
import fc from 'fast-check';

/** Elements of the text the renderers treat specifically, and some they do not. */
const INLINE = [
  'hi', 'emph', 'foreign', 'term', 'mentioned', 'soCalled', 'seg', 'q', 'quote', 'said', 'unclear', 'num', 'measure',
  'persName', 'placeName', 'orgName', 'name', 'rs', 'title', 'bibl', 'date', 'time', 'ref', 'ptr', 'note', 'label',
  'choice', 'sic', 'corr', 'orig', 'reg', 'abbr', 'expan', 'gap', 'lb', 'pb', 'list', 'item', 'lg', 'l', 'add', 'del',
  'supplied', 'w', 'pc', 'app', 'lem', 'rdg', 'figure', 'graphic', 'table', 'row', 'cell', 'unknownElement',
] as const;
const BLOCK = ['p', 'head', 'div', 'list', 'lg', 'note', 'ab', 'quote', 'sp', 'speaker'] as const;
const EMPTY = new Set(['lb', 'pb', 'gap', 'ptr', 'graphic']);

/** Letters the edition must keep: Latin with diacritics, Cyrillic, Greek, RTL, CJK, astral. */
const WORD_CHARS = [
  'a', 'e', 'k', 'z', 'é', 'ë', 'ĳ', 'ß', 'Ж', 'я', 'λ', 'ω', 'א', 'ש', 'ع', 'ب', '中', '文',
  '𝔄', '𝔅', '𠀋', '😀', 'e\u0301', 'a\u0308\u0323', '7', '0',
];
/** Between words: spaces, punctuation, marks that carry no letter (RTL marks, ZWJ, NBSP). */
const SEPARATORS = [' ', '  ', '\n', '\t', ', ', '. ', '‘', '’', ' — ', '\u200f', '\u200e', '\u00a0', '\u200d', ' & ', ' < ', ' > ', '"', "'"];
/** Characters XML 1.0 does not allow, raw: a document holding one is not well-formed. */
export const FORBIDDEN_CHARS = ['\u0000', '\u0001', '\u0008', '\u000b', '\u001f', '\ufffe', '\uffff', '\ud800', '\udfff'];

export const word: fc.Arbitrary<string> = fc.array(fc.constantFrom(...WORD_CHARS), { minLength: 1, maxLength: 6 }).map((cs) => cs.join(''));

export const text: fc.Arbitrary<string> = fc
  .array(fc.tuple(word, fc.constantFrom(...SEPARATORS)), { minLength: 0, maxLength: 5 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

export interface Node {
  name: string;
  attributes: [string, string][];
  children: (Node | string)[];
}

const ENTRY_IDS = ['lenin', 'kropotkin', 'moskou'];
const attributeValue = fc.oneof(
  fc.constantFrom('#lenin', '#kropotkin', '#moskou', '#nowhere', '#p1', 'https://example.org/x', 'javascript:alert(1)', 'urn:cts:x', ''),
  fc.constantFrom('1919-05-08', '1919-02-30', '1919', 'italic', 'bold sup', 'source', 'editorial', 'noteref', 'low', 'nl', 'ru', 'no'),
  text,
);
const attribute = fc.tuple(
  fc.constantFrom('xml:id', 'rend', 'type', 'n', 'ref', 'target', 'when', 'notBefore', 'notAfter', 'who', 'xml:lang', 'cert', 'source', 'break', 'corresp', 'facs', 'url', 'style'),
  attributeValue,
);

/** An id unique in its document is not guaranteed: duplicates are part of what is tested. */
const idValue = fc.stringMatching(/^[a-z][a-z0-9]{0,4}$/);

const tree = fc.letrec<{ inline: Node; block: Node; node: Node | string }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, tie('inline'), tie('inline')),
  inline: fc.record({
    name: fc.constantFrom(...INLINE),
    attributes: fc.uniqueArray(attribute, { maxLength: 3, selector: ([n]) => n }),
    children: fc.array(tie('node'), { maxLength: 3, depthIdentifier: 'tree' }),
  }).chain((n) => {
    if (EMPTY.has(n.name)) return fc.constant({ ...n, children: [] });
    // A <choice> holds two readings of one kind (a reader sees both: reading and diplomatic);
    // other alternatives would show only the first, by design, and lose words to the check.
    if (n.name === 'choice') {
      return fc.constantFrom(['sic', 'corr'], ['orig', 'reg'], ['abbr', 'expan']).map(([a, b]) => ({
        ...n,
        children: [{ name: a!, attributes: [], children: n.children.slice(0, 1) }, { name: b!, attributes: [], children: n.children.slice(1) }],
      }));
    }
    return fc.constant(n);
  }),
  block: fc.record({
    name: fc.constantFrom(...BLOCK),
    attributes: fc.tuple(fc.option(idValue, { nil: undefined }), fc.uniqueArray(attribute, { maxLength: 2, selector: ([n]) => n })).map(([id, rest]) => [
      ...(id ? ([['xml:id', id]] as [string, string][]) : []),
      ...rest.filter(([n]) => n !== 'xml:id'),
    ]),
    children: fc.array(fc.oneof(tie('node'), tie('block')), { maxLength: 4, depthIdentifier: 'tree' }),
  }),
}));

export const body: fc.Arbitrary<Node[]> = fc.array(tree.block, { minLength: 1, maxLength: 4 });

/**
 * Documents the project's schema and rules accept (most random nestings are refused by the
 * schema before any renderer runs): paragraphs of names with their register entry, dates with
 * real ISO values, speech, highlighting, corrections, notes, page and line beginnings, nested
 * at random.
 */
const VALID_INLINE: [string, [string, string][]][] = [
  ['hi', [['rend', 'italic']]], ['emph', []], ['foreign', [['xml:lang', 'ru']]], ['term', []], ['seg', []], ['q', []],
  ['persName', [['ref', '#lenin']]], ['persName', [['ref', '#kropotkin']]], ['placeName', [['ref', '#moskou']]],
  ['date', [['when', '1919-05-08']]], ['said', [['who', '#lenin']]], ['said', [['who', '#kropotkin']]], ['quote', []],
];
const validTree = fc.letrec<{ inline: Node; node: Node | string }>((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, text, text, tie('inline'),
    fc.constantFrom<Node>({ name: 'lb', attributes: [], children: [] }, { name: 'pb', attributes: [['n', '2']], children: [] })),
  inline: fc.oneof(
    fc.tuple(fc.constantFrom(...VALID_INLINE), fc.array(tie('node'), { minLength: 1, maxLength: 3, depthIdentifier: 'valid' }))
      .map(([[name, attributes], children]): Node => ({ name, attributes, children })),
    fc.tuple(text, text).map(([a, b]): Node => ({ name: 'choice', attributes: [], children: [
      { name: 'sic', attributes: [], children: [a] }, { name: 'corr', attributes: [], children: [b] }] })),
    fc.array(tie('node'), { minLength: 1, maxLength: 2, depthIdentifier: 'valid' })
      .map((children): Node => ({ name: 'note', attributes: [], children: [{ name: 'p', attributes: [], children }] })),
  ),
}));
export const validBody: fc.Arbitrary<Node[]> = fc
  .array(fc.array(validTree.node, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 4 })
  .map((ps) => [{ name: 'div', attributes: [['type', 'memoir']], children: ps.map((children, i): Node => ({ name: 'p', attributes: [['xml:id', `p${i + 1}`], ['n', String(i + 1)]], children })) }]);

function escape(s: string, quote = false): string {
  const out = s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return quote ? out.replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;') : out;
}

function serialise(n: Node | string): string {
  if (typeof n === 'string') return escape(n);
  const attrs = n.attributes.map(([k, v]) => ` ${k}="${escape(v, true)}"`).join('');
  return n.children.length === 0 ? `<${n.name}${attrs}/>` : `<${n.name}${attrs}>${n.children.map(serialise).join('')}</${n.name}>`;
}

const SOURCE_READING = new Set(['sic', 'orig', 'abbr']);
const EDITORIAL_READING = new Set(['corr', 'reg', 'expan']);

/**
 * The words a reader must find in the edition: the text nodes of <text>, split on non-letters.
 * A choice's source reading is in the diplomatic text only, its editorial reading in the reading
 * text only: a correction inside a source reading (or the reverse) is in neither, by design.
 */
export function wordsOf(nodes: readonly (Node | string)[]): string[] {
  const out: string[] = [];
  const visit = (n: Node | string, only: 'source' | 'editorial' | null): void => {
    if (typeof n === 'string') return void out.push(...(n.match(/[\p{L}\p{N}\p{M}]+/gu) ?? []));
    for (const c of n.children) {
      let next = only;
      if (n.name === 'choice' && typeof c !== 'string') {
        const side = SOURCE_READING.has(c.name) ? 'source' : EDITORIAL_READING.has(c.name) ? 'editorial' : null;
        if (side && only && side !== only) continue;
        next = side ?? only;
      }
      visit(c, next);
    }
  };
  nodes.forEach((n) => visit(n, null));
  return out;
}

/** A TEI document around a generated body, with register entries its pointers can name. */
export function document(nodes: readonly Node[]): string {
  const entries = ENTRY_IDS.slice(0, 2).map((id) => `<person xml:id="${id}"><persName>${id}</persName></person>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="nl">
<teiHeader><fileDesc><titleStmt><title>Fuzz</title></titleStmt><publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>
<standOff><listPerson>${entries}</listPerson><listPlace><place xml:id="moskou"><placeName>Moskou</placeName></place></listPlace></standOff>
<text><body>${nodes.map(serialise).join('\n')}</body></text>
</TEI>
`;
}

/** A fault put into a text: a forbidden character, a cut, a lost or a stray bracket. */
export type Fault =
  | { kind: 'char'; at: number; char: string }
  | { kind: 'cut'; at: number }
  | { kind: 'drop'; at: number }
  | { kind: 'insert'; at: number; what: string };

export const fault: fc.Arbitrary<Fault> = fc.oneof(
  fc.record({ kind: fc.constant('char' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), char: fc.constantFrom(...FORBIDDEN_CHARS) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('drop' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), what: fc.constantFrom('<', '>', '&', '</p>', '<p>', '"', '&bogus;', ']]>', '<!DOCTYPE x>', '<?pi?>', '<!--', '&#0;', '&#xD800;') }),
);

/** Applies a fault at a relative position, counted in UTF-16 units but never inside a pair. */
export function applyFault(s: string, f: Fault): string {
  let at = Math.floor(f.at * s.length);
  if (at > 0 && at < s.length && /[\udc00-\udfff]/.test(s[at]!)) at--;
  switch (f.kind) {
    case 'char':
      return s.slice(0, at) + f.char + s.slice(at);
    case 'cut':
      return s.slice(0, at);
    case 'drop':
      return s.slice(0, at) + s.slice(at + 1);
    case 'insert':
      return s.slice(0, at) + f.what + s.slice(at);
  }
}
