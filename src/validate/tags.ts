/**
 * A fast scan of the tags of an XML text, with namespaces, for what must be known before the
 * document is parsed: the element names it uses (to prune a schema, src/validate/prune.ts) and
 * the tags of a schema (to cut element patterns out of its text). It skips comments, CDATA and
 * processing instructions and gives up (returns undefined) on anything it does not understand —
 * a DOCTYPE (entities could hold markup), a malformed tag — so that the caller can fall back to
 * the safe path (the whole schema). It is not a parser: saxes remains the one that judges.
 */

export interface Tag {
  kind: 'start' | 'end' | 'empty';
  /** The qualified name as written (`rng:element`, `p`). */
  qname: string;
  /** The attributes as written (parse them with `attributesOf`). */
  raw: string;
  /** Offset of `<` and just after `>`. */
  start: number;
  end: number;
}

const START = /<([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const END = /<\/([^\s>]+)\s*>/y;
const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Every tag in document order, or undefined when the text is beyond this scanner. */
export function scanTags(text: string): Tag[] | undefined {
  const tags: Tag[] = [];
  let i = text.indexOf('<');
  while (i !== -1) {
    let next: number;
    if (text.startsWith('<!--', i)) next = after(text, '-->', i);
    else if (text.startsWith('<![CDATA[', i)) next = after(text, ']]>', i);
    else if (text.startsWith('<?', i)) next = after(text, '?>', i);
    else if (text.startsWith('<!', i)) return undefined;
    else if (text.startsWith('</', i)) {
      END.lastIndex = i;
      const m = END.exec(text);
      if (!m) return undefined;
      tags.push({ kind: 'end', qname: m[1]!, raw: '', start: i, end: END.lastIndex });
      next = END.lastIndex;
    } else {
      START.lastIndex = i;
      const m = START.exec(text);
      if (!m) return undefined;
      tags.push({ kind: m[3] ? 'empty' : 'start', qname: m[1]!, raw: m[2]!, start: i, end: START.lastIndex });
      next = START.lastIndex;
    }
    if (next === -1) return undefined;
    i = text.indexOf('<', next);
  }
  return tags;
}

function after(text: string, close: string, from: number): number {
  const at = text.indexOf(close, from);
  return at === -1 ? -1 : at + close.length;
}

/** Attributes, values with the five predefined entities and character references decoded. */
export function attributesOf(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!source) return out;
  for (const m of source.matchAll(ATTRIBUTE)) out[m[1]!] = decode(m[2] ?? m[3]!);
  return out;
}

const NONE: Record<string, string> = {};
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decode(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, ref: string) =>
    ref.startsWith('#x') ? String.fromCodePoint(parseInt(ref.slice(2), 16)) : ref.startsWith('#') ? String.fromCodePoint(Number(ref.slice(1))) : (NAMED[ref] ?? whole),
  );
}

/** A tag with its namespace resolved, as `walkTags` gives it. */
export interface ResolvedTag extends Tag {
  /** Its attributes, parsed. */
  attributes: Record<string, string>;
  /** Namespace URI of the element ('' for none). */
  ns: string;
  local: string;
  /** The in-scope prefix → URI map ('' is the default namespace). */
  scope: ReadonlyMap<string, string>;
  /** Index of the matching end tag (itself for an empty tag). */
  close: number;
}

/**
 * The tags with namespaces resolved and each start tag paired with its end tag; undefined when
 * the scan gives up or the tags do not nest.
 */
export function resolveTags(text: string): ResolvedTag[] | undefined {
  const tags = scanTags(text);
  if (!tags) return undefined;
  const out: ResolvedTag[] = [];
  const open: number[] = [];
  let scope: ReadonlyMap<string, string> = new Map([['xml', 'http://www.w3.org/XML/1998/namespace']]);
  const scopes: ReadonlyMap<string, string>[] = [];
  for (const tag of tags) {
    if (tag.kind === 'end') {
      const at = open.pop();
      if (at === undefined || out[at]!.qname !== tag.qname) return undefined;
      out[at]!.close = out.length;
      const o = out[at]!;
      out.push({ kind: 'end', qname: tag.qname, raw: '', start: tag.start, end: tag.end, attributes: NONE, ns: o.ns, local: o.local, scope, close: out.length });
      scope = scopes.pop()!;
      continue;
    }
    let inner = scope;
    const attributes = attributesOf(tag.raw);
    for (const [name, value] of Object.entries(attributes)) {
      if (name === 'xmlns' || name.startsWith('xmlns:')) {
        if (inner === scope) inner = new Map(scope);
        (inner as Map<string, string>).set(name === 'xmlns' ? '' : name.slice(6), value);
      }
    }
    const colon = tag.qname.indexOf(':');
    const prefix = colon === -1 ? '' : tag.qname.slice(0, colon);
    const ns = inner.get(prefix);
    if (ns === undefined && prefix !== '') return undefined;
    const resolved: ResolvedTag = { kind: tag.kind, qname: tag.qname, raw: tag.raw, start: tag.start, end: tag.end, attributes, ns: ns ?? '', local: tag.qname.slice(colon + 1), scope: inner, close: out.length };
    out.push(resolved);
    if (tag.kind === 'start') {
      open.push(out.length - 1);
      scopes.push(scope);
      scope = inner;
    }
  }
  return open.length === 0 ? out : undefined;
}

/**
 * The element names a document uses, as `{namespace}local`; undefined when the scan gives up.
 * One pass without building tags: this runs on every document before it is parsed.
 */
export function elementNames(text: string): Set<string> | undefined {
  return documentNames(text)?.elements;
}

/**
 * The element names and the attribute names (`{namespace}local`; an unprefixed attribute is in
 * no namespace) a document uses; undefined when the scan gives up. Namespace declarations are not
 * attributes here.
 */
export function documentNames(text: string): { elements: Set<string>; attributes: Set<string> } | undefined {
  const names = new Set<string>();
  const attributes = new Set<string>();
  // per open element: its qname and the scope it opened in
  const open: string[] = [];
  const scopes: ReadonlyMap<string, string>[] = [];
  let scope: ReadonlyMap<string, string> = new Map([['xml', 'http://www.w3.org/XML/1998/namespace']]);
  let i = text.indexOf('<');
  while (i !== -1) {
    let next: number;
    const c = text.charCodeAt(i + 1);
    if (c === 0x21 /* ! */) {
      if (text.startsWith('<!--', i)) next = after(text, '-->', i);
      else if (text.startsWith('<![CDATA[', i)) next = after(text, ']]>', i);
      else return undefined;
    } else if (c === 0x3f /* ? */) next = after(text, '?>', i);
    else if (c === 0x2f /* / */) {
      END.lastIndex = i;
      const m = END.exec(text);
      if (!m || open.pop() !== m[1]) return undefined;
      scope = scopes.pop()!;
      next = END.lastIndex;
    } else {
      START.lastIndex = i;
      const m = START.exec(text);
      if (!m) return undefined;
      const qname = m[1]!;
      let inner = scope;
      if (m[2]!.includes('xmlns')) {
        for (const [name, value] of Object.entries(attributesOf(m[2]!))) {
          if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
          if (inner === scope) inner = new Map(scope);
          (inner as Map<string, string>).set(name === 'xmlns' ? '' : name.slice(6), value);
        }
      }
      const colon = qname.indexOf(':');
      const ns = inner.get(colon === -1 ? '' : qname.slice(0, colon));
      if (ns === undefined && colon !== -1) return undefined;
      names.add(`{${ns ?? ''}}${qname.slice(colon + 1)}`);
      if (m[2]) {
        ATTRIBUTE.lastIndex = 0;
        for (let a = ATTRIBUTE.exec(m[2]); a; a = ATTRIBUTE.exec(m[2])) {
          const name = a[1]!;
          if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
          const at = name.indexOf(':');
          const uri = at === -1 ? '' : inner.get(name.slice(0, at));
          if (uri === undefined) return undefined;
          attributes.add(`{${uri}}${name.slice(at + 1)}`);
        }
      }
      if (!m[3]) {
        open.push(qname);
        scopes.push(scope);
        scope = inner;
      }
      next = START.lastIndex;
    }
    if (next === -1) return undefined;
    i = text.indexOf('<', next);
  }
  return open.length === 0 ? { elements: names, attributes } : undefined;
}
