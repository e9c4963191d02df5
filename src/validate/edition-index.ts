/**
 * Where the pointers of the edition's documents lead. A pointer is a URI reference, resolved as
 * XML Base says: against the `xml:base` of its element and its ancestors, then against the
 * document's own location (`#id` alone always means the document itself). It names an element of the edition when it resolves to a file of the
 * build (the document itself, a register file beside it) plus a fragment; anything else (a web
 * address, a file not in the build, a TEI pointer scheme such as `#xpointer(…)`) leaves the
 * edition, and the rules leave it alone.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TeiFile } from '../file.js';
import type { XElement } from '../xml.js';
import { teiElements } from './tei-elements.js';

export type Pointer =
  /** Into the edition: the file it names (maybe the pointer's own) and the id ('' for the whole file). */
  | { kind: 'edition'; file: TeiFile; id: string }
  /** Out of the edition, or not a URI reference at all (the schema judges those). */
  | { kind: 'outside' };

/**
 * What a worker of the build's pool knows of the files it has not parsed (src/build/): their
 * xml:ids, and the ids that the edition's other files point to in its own, both by absolute path.
 */
export interface RemoteFiles {
  ids: ReadonlyMap<string, readonly string[]>;
  pointedTo: ReadonlyMap<string, readonly string[]>;
}

/** The element an id of another file stands for, when only its id is known. */
const ELSEWHERE: XElement = { type: 'element', name: '', local: '', uri: '', attributes: {}, children: [], parent: null, start: { line: 1, column: 1 } };

export class EditionIndex {
  private readonly byPath = new Map<string, TeiFile>();
  private readonly idMaps = new WeakMap<TeiFile, Map<string, XElement>>();

  /** `files` may include files without a tree, whose ids `remote` gives. */
  constructor(
    readonly files: readonly TeiFile[],
    readonly remote?: RemoteFiles,
  ) {
    for (const file of files) if (!this.byPath.has(absolute(file))) this.byPath.set(absolute(file), file);
  }

  /** xml:id → TEI element of a file of the edition, first occurrence wins. */
  ids(file: TeiFile): Map<string, XElement> {
    let ids = this.idMaps.get(file);
    if (!ids) {
      ids = new Map();
      if (file.tree) {
        for (const el of teiElements(file.tree)) {
          const id = el.attributes['xml:id'];
          if (id !== undefined && !ids.has(id)) ids.set(id, el);
        }
      } else for (const id of this.remote?.ids.get(absolute(file)) ?? []) ids.set(id, ELSEWHERE);
      this.idMaps.set(file, ids);
    }
    return ids;
  }

  /** Where one token of a pointer attribute on `el` (in `file`) leads. */
  resolve(token: string, el: XElement, file: TeiFile): Pointer {
    const at = locate(token, el, file);
    // `#id` is the document itself, whether or not this index holds it
    const target = at && (token.startsWith('#') ? file : this.byPath.get(at.path));
    return at && target ? { kind: 'edition', file: target, id: at.id } : { kind: 'outside' };
  }

  /** The file of the edition at an absolute path (as `locate` gives it). */
  fileAt(absolutePath: string): TeiFile | undefined {
    return this.byPath.get(absolutePath);
  }
}

/**
 * Where a pointer token leads on this machine, without knowing the edition's other files: the
 * absolute path of a file and an id in it (empty for the file itself); null when it leads
 * outside (another scheme, a query, a host, a TEI pointer scheme). A worker that holds one
 * document says this; the main thread, which knows every file, finishes the resolution.
 */
export function locate(token: string, el: XElement, file: TeiFile): { path: string; id: string } | null {
  // `#id` is a same-document reference (RFC 3986 §4.4, XML Base 2nd ed. §4.4): it is
  // dereferenced in the document itself whatever xml:base says (a document that sets its own
  // published address as xml:base still means its own `#id`s).
  if (token.startsWith('#')) return fragment(absolute(file), token.slice(1));
  let url: URL;
  try {
    url = new URL(token, baseOf(el, file));
  } catch {
    return null;
  }
  if (url.protocol !== 'file:' || url.search !== '') return null;
  const hash = url.hash.slice(1);
  url.hash = '';
  try {
    return fragment(fileURLToPath(url), hash);
  } catch {
    // a file: URL with a host (`//host/x` resolved against a file) is no file of this machine
    return null;
  }
}

function fragment(at: string, fragment: string): { path: string; id: string } | null {
  // TEI's pointer schemes (xpointer(), string-range(), left()…) address more than an id
  if (fragment.includes('(')) return null;
  return { path: at, id: decode(fragment) };
}

function absolute(file: TeiFile): string {
  return path.resolve(file.path);
}

/** The base URI of an element: its and its ancestors' xml:base over the document's location. */
export function baseOf(el: XElement, file: TeiFile): string {
  const bases: string[] = [];
  for (let e: XElement | null = el; e; e = e.parent) {
    const base = e.attributes['xml:base'];
    if (base !== undefined) bases.push(base);
  }
  let url = pathToFileURL(absolute(file)).href;
  for (let i = bases.length - 1; i >= 0; i--) {
    try {
      url = new URL(bases[i]!, url).href;
    } catch {
      // an xml:base that is no URI reference: the schema says so; resolve as if it were absent
    }
  }
  return url;
}

function decode(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
