/**
 * A RelaxNG schema pruned to the elements some documents use. libxml2 cannot keep a compiled
 * schema, and compiling tei_all.rng costs it ~10 s per call; the same schema with every element
 * pattern the documents cannot match replaced by `<notAllowed/>` compiles in milliseconds.
 *
 * Why the verdict is the same: an `<element>` pattern whose name class is a single name N
 * matches only elements named N. When no element of the documents is named N, that pattern
 * matches nothing in them, exactly as `<notAllowed/>` does; RelaxNG's meaning is compositional,
 * so every pattern that contains it matches the same parts of those documents as before, and so
 * does the schema. Only patterns named by one `<name>` (or a `name` attribute) are cut: those
 * named by `<anyName>`, `<nsName>` or a `<choice>` of names (egXML content, `anyElement-*`)
 * stay whole, and so does everything else (defines, attributes, datatypes, annotations).
 * Names are compared with their namespace (a `p` of the TEI examples namespace is not TEI's).
 * An element the schema does not define stays rejected: nothing is added. test/validate/
 * prune.test.ts checks the verdicts against the whole schema, with libxml2 and jing.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { cacheDir } from '../paths.js';
import { decode, resolveTags, type ResolvedTag } from './tags.js';

const RNG = 'http://relaxng.org/ns/structure/1.0';

export interface Pruned {
  text: string;
  /** Element patterns kept by name, and cut. */
  kept: number;
  cut: number;
  /** Cut elements kept by name only, for libxml2's messages. */
  stubs: number;
}

/**
 * The schema pruned for documents that use only `names` (`{ns}local`); undefined when it cannot
 * be pruned safely (it includes other files, nests grammars, combines defines, or its text is
 * beyond the tag scanner): then the caller uses it whole.
 *
 * Every singly-named element pattern outside `names` is notAllowed, and so is, by RelaxNG's own
 * simplification (section 4.20), every group, interleave, oneOrMore, attribute, list and define
 * that needs one, and every ref to such a define; a choice loses its notAllowed branches, an
 * optional or zeroOrMore whose content is notAllowed becomes empty. Simplifying matters, not
 * only for size: libxml2 compiles a content model of named elements into an automaton (fast,
 * and the one that says "Did not expect element x there" at x), but falls back to a slow
 * interpreter that blames the parent when a notAllowed is left among them.
 */
export function pruneSchema(schema: string, names: ReadonlySet<string>, attributes?: ReadonlySet<string>): Pruned | undefined {
  const tags = resolveTags(schema);
  if (!tags) return undefined;
  const root = tree(tags);
  if (!root) return undefined;
  const defines = new Map<string, Node>();
  let kept = 0;
  let cutCount = 0;
  if (attributes) cutAttributes(root.all, attributes, tags, schema);
  for (const node of root.all) {
    const local = node.local;
    // another file's patterns are out of sight, a nested grammar scopes its refs
    if (local === 'include' || local === 'externalRef' || local === 'parentRef' || (local === 'grammar' && node !== root.grammar)) return undefined;
    if (local === 'define') {
      const name = node.tag.attributes['name'] ?? '';
      if (defines.has(name) || node.tag.attributes['combine'] !== undefined) return undefined;
      defines.set(name, node);
    }
    if (local === 'element') {
      const name = singleName(tags, node.index, node.ns, schema);
      if (name !== undefined && !names.has(name)) {
        node.cut = true;
        cutCount++;
      } else if (name !== undefined) kept++;
    }
  }
  for (const node of root.all) if (node.local === 'ref' && !defines.has(node.tag.attributes['name'] ?? '')) return undefined;
  // The least fixpoint: start from "nothing is notAllowed" and mark what must be. Each mark is
  // sound (the pattern matches nothing), so a recursive define stays as it was.
  const definesNa = new Set<Node>();
  // memo of the current pass: marks only grow, so a stale "no" costs one more pass, never a mark
  const memo = new Map<Node, boolean>();
  const isNa = (node: Node): boolean => {
    let v = memo.get(node);
    if (v === undefined) memo.set(node, (v = patternNa(node, isNa, defines, definesNa)));
    return v;
  };
  const fixpoint = () => {
    definesNa.clear();
    for (let changed = true; changed; ) {
      changed = false;
      memo.clear();
      for (const define of defines.values()) {
        if (!definesNa.has(define) && define.children.some((c) => isNa(c))) {
          definesNa.add(define);
          changed = true;
        }
      }
    }
  };
  fixpoint();
  // A used element whose content is now notAllowed (titleStmt, when no title is used: the
  // document is invalid) would be reported by libxml2 as "failed to validate"; with the names
  // of the missing children kept as stubs (their content notAllowed) it says what it says with
  // the whole schema: "Did not expect element author there". Stubs match nothing either.
  for (let round = 0; round < 3; round++) {
    const culprits = new Set<Node>();
    for (const node of root.all) {
      if (node.local !== 'element' || node.cut || node.stub || node.nameClass) continue;
      if (node.children.some((c) => !c.nameClass && isNa(c))) collectCuts(node, defines, culprits, new Set());
    }
    if (culprits.size === 0) break;
    for (const c of culprits) {
      c.cut = false;
      c.stub = true;
    }
    fixpoint();
  }
  // What matches only the empty sequence now, defines included (a least fixpoint again)
  const voidDefines = new Set<Node>();
  const voidMemo = new Map<Node, boolean>();
  const isVoid = (node: Node): boolean => {
    let v = voidMemo.get(node);
    if (v === undefined) voidMemo.set(node, (v = patternVoid(node, { isNa, isVoid }, defines, voidDefines)));
    return v;
  };
  for (let changed = true; changed; ) {
    changed = false;
    voidMemo.clear();
    for (const define of defines.values()) {
      if (!voidDefines.has(define) && !definesNa.has(define) && define.children.every((c) => isVoid(c))) {
        voidDefines.add(define);
        changed = true;
      }
    }
  }
  const edits: Edit[] = [];
  const r: Rewriting = { isNa, isVoid, edits, tags, prefix: root.prefix };
  for (const define of defines.values()) {
    if (definesNa.has(define)) edits.push(contentEdit(tags, define, `<${root.prefix}notAllowed/>`));
    else rewrite(define, r);
  }
  const starts = root.all.filter((n) => n.local === 'start');
  if (starts.length > 1) return undefined;
  const start = starts[0];
  if (start) rewrite(start, r);
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  let text = '';
  let at = 0;
  for (const edit of edits) {
    text += schema.slice(at, edit.start) + edit.with;
    at = edit.end;
  }
  text += schema.slice(at);
  const stubs = root.all.filter((n) => n.stub).length;
  return { text, kept, cut: cutCount - stubs, stubs };
}

/**
 * With the attribute names the documents use (`{ns}local`, an unprefixed attribute in no
 * namespace): every singly-named attribute pattern outside them that is optional (its parent an
 * <optional> or <zeroOrMore>, through choices) is notAllowed, by the same argument as for
 * elements: it matches nothing in these documents. The optional around it then matches only
 * the absence it matched there anyway. A required attribute stays whole, so that a document
 * that lacks it gets libxml2's own message for that. Attribute definitions are most of what a
 * pruned tei_all still holds (every kept element has the global attributes and its classes').
 */
function cutAttributes(all: readonly Node[], used: ReadonlySet<string>, tags: readonly ResolvedTag[], schema: string): void {
  const parent = new Map<Node, Node>();
  for (const node of all) for (const child of node.children) parent.set(child, node);
  for (const node of all) {
    if (node.local !== 'attribute' || node.nameClass) continue;
    const name = attributeName(tags, node, schema);
    if (name === undefined || used.has(name)) continue;
    let up = parent.get(node);
    while (up && up.local === 'choice') up = parent.get(up);
    if (up && (up.local === 'optional' || up.local === 'zeroOrMore')) node.cut = true;
  }
}

/**
 * `{ns}local` of an attribute pattern named by one name. RelaxNG 4.8: a name attribute without a
 * prefix is in the attribute's own ns (none unless it says), not the inherited one; a <name>
 * child inherits as usual.
 */
function attributeName(tags: readonly ResolvedTag[], node: Node, schema: string): string | undefined {
  const attr = node.tag.attributes['name'];
  if (attr !== undefined) return qualify(attr.trim(), node.tag.attributes['ns'] ?? '', node.tag);
  return singleName(tags, node.index, node.ns, schema);
}

/** A RelaxNG element of the schema (annotations left out), as a tree over the tag list. */
interface Node {
  index: number;
  tag: ResolvedTag;
  local: string;
  /** The inherited `ns` (RelaxNG 4.8). */
  ns: string;
  children: Node[];
  /** A name class (the name of an element or attribute): not a pattern. */
  nameClass: boolean;
  /** A singly-named element pattern outside the documents' names (or an optional attribute, see cutAttributes). */
  cut: boolean;
  /** One kept by name, its content notAllowed (see pruneSchema). */
  stub: boolean;
}

/** The cut element patterns a pattern reaches through refs, not entering other elements. */
function collectCuts(node: Node, defines: ReadonlyMap<string, Node>, out: Set<Node>, seen: Set<Node>): void {
  for (const child of node.children) {
    if (child.nameClass) continue;
    if (child.local === 'element') {
      if (child.cut) out.add(child);
    } else if (child.local === 'ref') {
      const define = defines.get(child.tag.attributes['name'] ?? '')!;
      if (!seen.has(define)) {
        seen.add(define);
        collectCuts(define, defines, out, seen);
      }
    } else collectCuts(child, defines, out, seen);
  }
}

interface Edit {
  start: number;
  end: number;
  with: string;
}

function tree(tags: readonly ResolvedTag[]): { grammar: Node; all: Node[]; prefix: string } | undefined {
  const all: Node[] = [];
  const build = (i: number, ns: string, nameClass: boolean): Node => {
    const tag = tags[i]!;
    const own = tag.attributes['ns'] ?? ns;
    const node: Node = { index: i, tag, local: tag.local, ns: own, children: [], nameClass, cut: false, stub: false };
    all.push(node);
    let first = true;
    for (let j = i + 1; j < tag.close; j = tags[j]!.close + 1) {
      const child = tags[j]!;
      if (child.kind === 'end' || child.ns !== RNG) continue;
      // the first RelaxNG child of an element or attribute without @name is its name class
      const isName = nameClass || ((tag.local === 'element' || tag.local === 'attribute') && first && tag.attributes['name'] === undefined);
      first = false;
      node.children.push(build(j, own, isName));
    }
    return node;
  };
  const top = tags.findIndex((t) => t.kind !== 'end' && t.ns === RNG);
  if (top === -1 || tags[top]!.local !== 'grammar') return undefined;
  const grammar = build(top, '', false);
  const colon = grammar.tag.qname.indexOf(':');
  return { grammar, all, prefix: colon === -1 ? '' : grammar.tag.qname.slice(0, colon + 1) };
}

const ANY_CHILD = new Set(['group', 'interleave', 'oneOrMore', 'list', 'mixed', 'attribute', 'define']);

/** Whether a pattern matches nothing, given what is known of the defines. */
function patternNa(node: Node, isNa: (n: Node) => boolean, defines: ReadonlyMap<string, Node>, definesNa: ReadonlySet<Node>): boolean {
  if (node.nameClass) return false;
  switch (node.local) {
    case 'notAllowed':
      return true;
    case 'element':
      return node.cut;
    case 'attribute':
      return node.cut || node.children.some((c) => !c.nameClass && isNa(c));
    case 'ref':
      return definesNa.has(defines.get(node.tag.attributes['name'] ?? '')!);
    case 'choice':
      return node.children.length > 0 && node.children.every((c) => isNa(c));
    default:
      return ANY_CHILD.has(node.local) && node.children.some((c) => !c.nameClass && isNa(c));
  }
}

interface Rewriting {
  isNa: (n: Node) => boolean;
  isVoid: (n: Node) => boolean;
  edits: Edit[];
  tags: readonly ResolvedTag[];
  prefix: string;
}

/** Whether a pattern that is not notAllowed now matches only the empty sequence. */
function patternVoid(node: Node, r: Pick<Rewriting, 'isNa' | 'isVoid'>, defines: ReadonlyMap<string, Node>, voidDefines: ReadonlySet<Node>): boolean {
  if (node.nameClass || r.isNa(node)) return false;
  const content = node.children.filter((c) => !c.nameClass);
  switch (node.local) {
    case 'empty':
      return true;
    case 'optional':
    case 'zeroOrMore':
    case 'choice':
      return content.every((c) => r.isNa(c) || r.isVoid(c));
    case 'group':
    case 'interleave':
    case 'oneOrMore':
      return content.every((c) => r.isVoid(c));
    case 'ref':
      return voidDefines.has(defines.get(node.tag.attributes['name'] ?? '')!);
    default:
      return false;
  }
}

/**
 * Edits inside a pattern that is neither notAllowed nor void. What now matches only the empty
 * sequence is left out of a sequence, and out of a choice that becomes optional instead: an
 * <empty/> among alternatives, or in a loop, makes libxml2 2.9's automaton loop for ever, and
 * one between refs in a group makes it misread the group.
 */
function rewrite(node: Node, r: Rewriting): void {
  if (node.nameClass) return;
  const { isNa, isVoid, edits, tags, prefix } = r;
  const content = node.children.filter((c) => !c.nameClass);
  if (node.local === 'element' && (node.stub || content.some((c) => isNa(c)))) {
    edits.push({ ...contentEdit(tags, node, `<${prefix}notAllowed/>`), start: afterName(tags, node) });
    return;
  }
  if (node.local === 'data' || node.local === 'value' || node.local === 'param') return;
  if (node.local === 'attribute' || node.local === 'list') {
    // an attribute's value of "nothing" is the empty string, not its absence: leave it be
    for (const child of content) if (!isVoid(child)) rewrite(child, r);
    return;
  }
  if (node.local === 'choice') {
    let lostEmpty = false;
    for (const child of content) {
      if (isNa(child)) edits.push(wholeEdit(tags, child, ''));
      else if (isVoid(child)) {
        edits.push(wholeEdit(tags, child, ''));
        lostEmpty = true;
      } else rewrite(child, r);
    }
    if (lostEmpty) {
      const end = tags[node.tag.close]!.end;
      edits.push({ start: node.tag.start, end: node.tag.start, with: `<${prefix}optional>` }, { start: end, end, with: `</${prefix}optional>` });
    }
    return;
  }
  // a sequence: define, start, element content, group, interleave, oneOrMore, zeroOrMore, optional, mixed
  const gone = content.filter((c) => isVoid(c));
  const keepOne = gone.length > 0 && gone.length === content.length;
  gone.forEach((child, i) => edits.push(wholeEdit(tags, child, keepOne && i === 0 ? `<${prefix}empty/>` : '')));
  // A group left with one pattern is that pattern: unwrap it (libxml2 2.9 never finishes
  // compiling a one-child group around nested oneOrMore, as in a pruned listPerson)
  if ((node.local === 'group' || node.local === 'interleave') && content.length - gone.length === 1 && !keepOne) {
    const end = tags[node.tag.close]!;
    edits.push({ start: node.tag.start, end: node.tag.end, with: '' }, { start: end.start, end: end.end, with: '' });
  }
  // A repetition of one repetition is one repetition: (p+)+ = p+, (p*)* = (p+)* = (p*)+ = p*.
  // libxml2 does not merge them, and its states multiply with every repeated child: a pruned
  // listPerson, ((person | listPerson)+)+ once relation is cut, took it 77 s for 3,710 persons.
  const left = content.filter((c) => !gone.includes(c));
  const inner = left.length === 1 ? left[0]! : undefined;
  if (inner && REPEATS.has(node.local) && REPEATS.has(inner.local)) {
    // the star wins: drop the plus, or the inner one when both are alike
    edits.push(...tagEdits(tags, node.local === 'oneOrMore' && inner.local === 'zeroOrMore' ? node : inner));
  }
  for (const child of left) rewrite(child, r);
}

const REPEATS = new Set(['oneOrMore', 'zeroOrMore']);

/** Edits that take away a pattern's own tags, keeping its content. */
function tagEdits(tags: readonly ResolvedTag[], node: Node): Edit[] {
  const end = tags[node.tag.close]!;
  return [{ start: node.tag.start, end: node.tag.end, with: '' }, { start: end.start, end: end.end, with: '' }];
}

function wholeEdit(tags: readonly ResolvedTag[], node: Node, text: string): Edit {
  return { start: node.tag.start, end: tags[node.tag.close]!.end, with: text };
}

function contentEdit(tags: readonly ResolvedTag[], node: Node, text: string): Edit {
  return { start: node.tag.end, end: tags[node.tag.close]!.start, with: text };
}

/** Just after an element pattern's start tag and its name class. */
function afterName(tags: readonly ResolvedTag[], node: Node): number {
  const name = node.children.find((c) => c.nameClass);
  return name ? tags[name.tag.close]!.end : node.tag.end;
}

/** `{ns}local` of an element pattern named by one name, or undefined (anyName, nsName, choice). */
function singleName(tags: readonly ResolvedTag[], i: number, ns: string, schema: string): string | undefined {
  const tag = tags[i]!;
  const attr = tag.attributes['name'];
  if (attr !== undefined) return qualify(attr.trim(), ns, tag);
  const child = nameChild(tags, i);
  if (!child) return undefined;
  const text = decode(schema.slice(child.end, tags[child.close]!.start)).trim();
  return qualify(text, child.attributes['ns'] ?? ns, child);
}

/** The `<name>` that names an element pattern (its first RelaxNG child), if that is what names it. */
function nameChild(tags: readonly ResolvedTag[], i: number): ResolvedTag | undefined {
  // foreign annotations may come before the name class
  for (let j = i + 1; j < tags[i]!.close; j = tags[j]!.close + 1) {
    const child = tags[j]!;
    if (child.kind === 'end') return undefined;
    if (child.ns !== RNG) continue;
    // markup inside <name> would not be a name
    return child.local === 'name' && child.kind === 'start' && child.close === j + 1 ? child : undefined;
  }
  return undefined;
}

function qualify(qname: string, ns: string, context: ResolvedTag): string | undefined {
  const colon = qname.indexOf(':');
  if (colon === -1) return `{${ns}}${qname}`;
  const uri = context.scope.get(qname.slice(0, colon));
  return uri === undefined ? undefined : `{${uri}}${qname.slice(colon + 1)}`;
}

let code: string | undefined;
/** This module's own code: a change to the pruning must not be hidden behind an old result. */
function codeHash(): string {
  if (code === undefined) {
    let text = '';
    try {
      text = readFileSync(fileURLToPath(import.meta.url), 'utf8');
    } catch {
      text = 'unknown';
    }
    code = createHash('sha256').update(text).digest('hex');
  }
  return code;
}

/** The key of a pruned schema: this code, the schema's text, the element set and the attribute set. */
export function pruneKey(schema: string, names: ReadonlySet<string>, attributes?: ReadonlySet<string>): string {
  const hash = createHash('sha256');
  hash.update(`${codeHash()}\n${schema.length}:`).update(schema);
  for (const name of [...names].sort()) hash.update(`\n${name}`);
  if (attributes) for (const name of [...attributes].sort()) hash.update(`\n@${name}`);
  return hash.digest('hex');
}

const dir = path.join(cacheDir, 'schemas');

/**
 * The pruned schema from .cache/schemas/ by content hash, or pruned now and stored there. A
 * cache that cannot be read or written is no reason to fail: the schema is pruned again.
 */
export async function cachedPrune(schema: string, names: ReadonlySet<string>, attributes?: ReadonlySet<string>): Promise<Pruned | undefined> {
  const key = pruneKey(schema, names, attributes);
  const file = path.join(dir, `${key}.json`);
  if (process.env['TEI_EDITION_CACHE'] !== 'off') {
    try {
      const value = JSON.parse(await readFile(file, 'utf8')) as Pruned | null;
      if (value === null || typeof value.text === 'string') return value ?? undefined;
    } catch {
      // not cached yet
    }
  }
  const pruned = pruneSchema(schema, names, attributes);
  if (process.env['TEI_EDITION_CACHE'] !== 'off') {
    try {
      await mkdir(dir, { recursive: true });
      const tmp = `${file}.${process.pid}.${threadId}.${Math.random().toString(36).slice(2, 8)}.tmp`;
      await writeFile(tmp, JSON.stringify(pruned ?? null));
      await rename(tmp, file);
    } catch {
      // read-only checkout: fine
    }
  }
  return pruned;
}
