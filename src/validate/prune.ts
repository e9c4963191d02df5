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
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { cacheDir } from '../paths.js';
import { decode, resolveTags, type ResolvedTag } from './tags.js';

const RNG = 'http://relaxng.org/ns/structure/1.0';

export interface Pruned {
  text: string;
  /** Element patterns kept by name, and cut. */
  kept: number;
  cut: number;
}

/**
 * The schema with every singly-named element pattern outside `names` (`{ns}local`) made
 * notAllowed; undefined when the schema cannot be pruned safely (it includes other files, or
 * its text is beyond the tag scanner): then the caller uses it whole.
 */
export function pruneSchema(schema: string, names: ReadonlySet<string>): Pruned | undefined {
  const tags = resolveTags(schema);
  if (!tags) return undefined;
  const cuts: { start: number; end: number; with: string }[] = [];
  let kept = 0;
  let cut = 0;
  // the RelaxNG `ns` attribute is inherited (RelaxNG 4.8): [index of the closing tag, value]
  const nsStack: [number, string][] = [];
  for (let i = 0; i < tags.length; i++) {
    while (nsStack.length > 0 && nsStack[nsStack.length - 1]![0] < i) nsStack.pop();
    const tag = tags[i]!;
    if (tag.kind === 'end') continue;
    if (tag.ns !== RNG) {
      i = tag.close; // an annotation (documentation, Schematron): nothing of RelaxNG inside
      continue;
    }
    const ns = tag.attributes['ns'] ?? nsStack[nsStack.length - 1]?.[1] ?? '';
    if (tag.attributes['ns'] !== undefined && tag.kind === 'start') nsStack.push([tag.close, ns]);
    // another file's patterns are out of sight: its names could not be checked
    if (tag.local === 'include' || tag.local === 'externalRef') return undefined;
    if (tag.local !== 'element') continue;
    const name = singleName(tags, i, ns, schema);
    if (name === undefined || names.has(name)) {
      kept += name === undefined ? 0 : 1;
      continue;
    }
    // Keep the pattern and its name, cut its content: libxml2 compiles a content model whose
    // children are all named elements into an automaton, and only then says "Did not expect
    // element x there" at x; a bare <notAllowed/> among them would make it fall back to its
    // interpreter and blame the parent instead. The name also keeps "Expecting element title".
    const colon = tag.qname.indexOf(':');
    const prefix = colon === -1 ? '' : tag.qname.slice(0, colon + 1);
    const nameEnd = tag.attributes['name'] !== undefined ? tag.end : tags[nameChild(tags, i)!.close]!.end;
    cuts.push({ start: nameEnd, end: tags[tag.close]!.start, with: `<${prefix}notAllowed/>` });
    cut++;
    i = tag.close;
  }
  let text = '';
  let at = 0;
  for (const cut of cuts) {
    text += schema.slice(at, cut.start) + cut.with;
    at = cut.end;
  }
  text += schema.slice(at);
  return { text, kept, cut };
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

/** The key of a pruned schema: the schema's text and the element set. */
export function pruneKey(schema: string, names: ReadonlySet<string>): string {
  const hash = createHash('sha256');
  hash.update(`prune-1\n${schema.length}:`).update(schema);
  for (const name of [...names].sort()) hash.update(`\n${name}`);
  return hash.digest('hex');
}

const dir = path.join(cacheDir, 'schemas');

/**
 * The pruned schema from .cache/schemas/ by content hash, or pruned now and stored there. A
 * cache that cannot be read or written is no reason to fail: the schema is pruned again.
 */
export async function cachedPrune(schema: string, names: ReadonlySet<string>): Promise<Pruned | undefined> {
  const key = pruneKey(schema, names);
  const file = path.join(dir, `${key}.json`);
  if (process.env['TEI_EDITION_CACHE'] !== 'off') {
    try {
      const value = JSON.parse(await readFile(file, 'utf8')) as Pruned | null;
      if (value === null || typeof value.text === 'string') return value ?? undefined;
    } catch {
      // not cached yet
    }
  }
  const pruned = pruneSchema(schema, names);
  if (process.env['TEI_EDITION_CACHE'] !== 'off') {
    try {
      await mkdir(dir, { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      await writeFile(tmp, JSON.stringify(pruned ?? null));
      await rename(tmp, file);
    } catch {
      // read-only checkout: fine
    }
  }
  return pruned;
}
