/**
 * OASIS XML Catalogs 1.1 (the convention libxml2, Oxygen and Saxon share): maps the address a
 * document declares (a schema on the TEI Consortium's site, a project's ODD output on the web)
 * to a local copy, since builds have no network. No maintained npm package reads them, so this
 * is a small reader over saxes: `uri`, `rewriteURI`, `uriSuffix`, `system`, `rewriteSystem`,
 * `systemSuffix`, `group`, `nextCatalog` and `xml:base`. Delegation and public identifiers are
 * left out (nothing in a schema declaration needs them).
 *
 * Resolution follows the specification (7.2.2 for URIs, 7.1.2 for system identifiers): in each
 * catalog file in turn, an exact entry, else the longest matching rewrite prefix, else the
 * longest matching suffix, else its nextCatalog entries in order. An `<?xml-model?>` href is a
 * URI, so `uri` entries are tried first, then `system` entries (as Oxygen does): a catalog
 * written for either works.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SaxesParser } from 'saxes';
import { UsageError } from '../errors.js';

const CATALOG_NS = 'urn:oasis:names:tc:entity:xmlns:xml:catalog';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

interface Entries {
  exact: Map<string, string>;
  rewrite: [string, string][];
  suffix: [string, string][];
}

interface CatalogFile {
  /** The catalog's own path (for messages). */
  path: string;
  uri: Entries;
  system: Entries;
  next: string[];
}

export interface Resolution {
  /** The local file the address maps to. */
  path: string;
  /** The catalog file whose entry mapped it. */
  catalog: string;
}

export class Catalogs {
  /** The catalog files consulted, in order, as given (for messages). */
  readonly files: readonly string[];
  private readonly loaded = new Map<string, CatalogFile | null>();

  /**
   * `files`: catalog paths or file: URLs, in order. Those given explicitly (`--catalog`) must
   * exist; those of XML_CATALOG_FILES are skipped when missing, as libxml2 does.
   */
  constructor(explicit: readonly string[] = [], fromEnv: readonly string[] = []) {
    for (const file of explicit) {
      if (!this.load(toPath(file))) throw new UsageError(`cannot read the catalog ${file}`, 'give an OASIS XML catalog file (<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">)');
    }
    this.files = [...explicit, ...fromEnv];
  }

  /** XML_CATALOG_FILES: space-separated paths or file: URLs. */
  static fromEnvironment(explicit: readonly string[] = [], env: NodeJS.ProcessEnv = process.env): Catalogs {
    const list = (env['XML_CATALOG_FILES'] ?? '').split(/\s+/).filter(Boolean);
    return new Catalogs(explicit, list);
  }

  /** The local copy of an address, or undefined when no catalog maps it. */
  resolve(address: string): Resolution | undefined {
    for (const kind of ['uri', 'system'] as const) {
      for (const file of this.files) {
        const found = this.lookup(toPath(file), address, kind, new Set());
        if (found) return found;
      }
    }
    return undefined;
  }

  private lookup(file: string, address: string, kind: 'uri' | 'system', seen: Set<string>): Resolution | undefined {
    if (seen.has(file)) return undefined;
    seen.add(file);
    const catalog = this.load(file);
    if (!catalog) return undefined;
    const entries = catalog[kind];
    const hit = (target: string): Resolution | undefined => {
      if (!target.startsWith('file:')) return undefined;
      return { path: fileURLToPath(target), catalog: catalog.path };
    };
    const exact = entries.exact.get(address);
    if (exact !== undefined) return hit(exact);
    const rewrite = longest(entries.rewrite, (start) => address.startsWith(start));
    if (rewrite) return hit(rewrite[1] + address.slice(rewrite[0].length));
    const suffix = longest(entries.suffix, (end) => address.endsWith(end));
    if (suffix) return hit(suffix[1]);
    for (const next of catalog.next) {
      const found = this.lookup(next, address, kind, seen);
      if (found) return found;
    }
    return undefined;
  }

  /** Reads a catalog once; a missing or broken one is skipped (null), as the specification asks. */
  private load(file: string): CatalogFile | null {
    if (this.loaded.has(file)) return this.loaded.get(file)!;
    let parsed: CatalogFile | null = null;
    try {
      parsed = parseCatalog(readFileSync(file, 'utf8'), file);
    } catch {
      parsed = null;
    }
    this.loaded.set(file, parsed);
    return parsed;
  }
}

function toPath(file: string): string {
  return file.startsWith('file:') ? fileURLToPath(file) : path.resolve(file);
}

function longest(entries: readonly [string, string][], matches: (key: string) => boolean): [string, string] | undefined {
  let best: [string, string] | undefined;
  for (const e of entries) if (matches(e[0]) && (!best || e[0].length > best[0].length)) best = e;
  return best;
}

/** The entries of one catalog file, every reference made absolute against its xml:base. */
export function parseCatalog(text: string, file: string): CatalogFile {
  const empty = (): Entries => ({ exact: new Map(), rewrite: [], suffix: [] });
  const out: CatalogFile = { path: file, uri: empty(), system: empty(), next: [] };
  const parser = new SaxesParser({ xmlns: true, position: false });
  const bases: string[] = [pathToFileURL(file).href];
  let root = true;
  parser.on('opentag', (tag) => {
    const attr = (name: string) => tag.attributes[name]?.value;
    const xmlBase = Object.values(tag.attributes).find((a) => a.uri === XML_NS && a.local === 'base')?.value;
    const base = xmlBase !== undefined ? new URL(xmlBase, bases[bases.length - 1]).href : bases[bases.length - 1]!;
    bases.push(base);
    if (root) {
      root = false;
      if (tag.uri !== CATALOG_NS || tag.local !== 'catalog') throw new Error('not an OASIS XML catalog');
    }
    if (tag.uri !== CATALOG_NS) return;
    const ref = (value: string | undefined) => (value === undefined ? undefined : new URL(value, base).href);
    const add = (entries: Entries, kind: 'exact' | 'rewrite' | 'suffix', key: string | undefined, value: string | undefined) => {
      if (key === undefined || value === undefined) return;
      if (kind === 'exact') {
        if (!entries.exact.has(key)) entries.exact.set(key, value);
      } else entries[kind].push([key, value]);
    };
    switch (tag.local) {
      case 'uri':
        return add(out.uri, 'exact', attr('name'), ref(attr('uri')));
      case 'rewriteURI':
        return add(out.uri, 'rewrite', attr('uriStartString'), ref(attr('rewritePrefix')));
      case 'uriSuffix':
        return add(out.uri, 'suffix', attr('uriSuffix'), ref(attr('uri')));
      case 'system':
        return add(out.system, 'exact', attr('systemId'), ref(attr('uri')));
      case 'rewriteSystem':
        return add(out.system, 'rewrite', attr('systemIdStartString'), ref(attr('rewritePrefix')));
      case 'systemSuffix':
        return add(out.system, 'suffix', attr('systemIdSuffix'), ref(attr('uri')));
      case 'nextCatalog': {
        const next = ref(attr('catalog'));
        if (next?.startsWith('file:')) out.next.push(fileURLToPath(next));
        return;
      }
      default:
        return;
    }
  });
  parser.on('closetag', () => {
    bases.pop();
  });
  parser.on('error', (err) => {
    throw err;
  });
  parser.write(text).close();
  return out;
}
