/**
 * The URL policy: which pointers in a TEI document may become links a reader can follow.
 *
 * A pointer is read as a browser would read it in `<a href>` (the WHATWG URL parser): leading and
 * trailing C0 controls and spaces are stripped, tabs and newlines anywhere are removed (so
 * ` java&#x09;script:` is `javascript:`), the scheme is case-insensitive. Entities are already
 * decoded by the XML parser. A TEI private prefix (`<prefixDef ident="psn" …>`) is expanded
 * first, and the expansion is judged, not the prefix.
 *
 * - `link`: http, https, mailto, and references without a scheme (relative paths, `#id`); but
 *   not a network-path reference (`//host/…`, `\\host`), which takes the page's scheme: file:
 *   when the edition is opened from disk.
 * - `forbidden`: a scheme that runs code or reads local data; a validation error.
 * - `other`: any other scheme (urn:cts, doi, info, an undeclared prefix): kept in the data,
 *   shown as text, never a link.
 *
 * xslt/modules/urls.xsl implements the same policy for the HTML (ed:safe-href): keep them equal.
 */
import { elements, type XElement } from '../xml.js';

export type UrlKind = 'link' | 'forbidden' | 'other';

export interface PrefixDef {
  ident: string;
  matchPattern: string;
  replacementPattern: string;
}

export interface ResolvedUrl {
  /** The value as written (entities decoded). */
  raw: string;
  /** As a browser reads it, after prefixDef expansion. */
  url: string;
  /** Lower-case scheme without the colon, or null for a relative or fragment reference. */
  scheme: string | null;
  kind: UrlKind;
  /** The prefixDef that expanded it, if any. */
  prefix: string | null;
}

export const ALLOWED_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'mailto']);

/**
 * Schemes that run script, open local data or smuggle a document in (data:, blob:); the old
 * Netscape and IE script schemes too, which some browsers and mail readers still know.
 */
export const FORBIDDEN_SCHEMES: ReadonlySet<string> = new Set([
  'javascript', 'vbscript', 'livescript', 'jscript', 'mocha', 'ecmascript',
  'data', 'blob', 'file', 'filesystem', 'view-source', 'jar', 'mhtml', 'ms-its', 'its', 'res',
  'wyciwyg', 'about', 'chrome', 'chrome-extension', 'moz-extension', 'resource', 'ms-appx', 'ms-appx-web',
]);

/** The TEI attributes whose values are URI references (teidata.pointer and lists of them). */
export const URL_ATTRIBUTES: readonly string[] = [
  'ana', 'calendar', 'change', 'copyOf', 'corresp', 'datingMethod', 'datingPoint', 'decls', 'domains', 'edRef',
  'exclude', 'facs', 'hand', 'inst', 'mergedIn', 'next', 'period', 'prev', 'ref', 'rendition', 'resp', 'sameAs',
  'scheme', 'scribeRef', 'scriptRef', 'select', 'source', 'spanTo', 'synch', 'target', 'targets', 'url', 'who',
  'wit', 'xml:base',
];

/** What the WHATWG URL parser strips and removes before it looks for a scheme. */
export function browserUrl(raw: string): string {
  // eslint-disable-next-line no-control-regex
  return raw.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
}

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
/** Browsers read a backslash as a slash here. */
const NETWORK_PATH = /^[/\\]{2}/;

/** The header's prefix definitions, in document order. */
export function prefixDefs(tree: XElement): PrefixDef[] {
  const defs: PrefixDef[] = [];
  for (const el of elements(tree)) {
    if (el.local !== 'prefixDef' || el.parent?.local !== 'listPrefixDef') continue;
    const { ident, matchPattern, replacementPattern } = el.attributes;
    if (ident && matchPattern !== undefined && replacementPattern !== undefined) defs.push({ ident, matchPattern, replacementPattern });
  }
  return defs;
}

/**
 * Expands `ident:rest` when `rest` matches the whole matchPattern (the first prefixDef whose
 * ident is the prefix is used); patterns that are not valid regular expressions expand nothing.
 */
export function expandPrefix(url: string, defs: readonly PrefixDef[]): { url: string; prefix: string | null } {
  const m = SCHEME.exec(url);
  if (!m) return { url, prefix: null };
  const rest = url.slice(m[0].length);
  const def = defs.find((d) => d.ident === m[1]);
  if (!def) return { url, prefix: null };
  let pattern: RegExp;
  try {
    pattern = new RegExp(`^(?:${def.matchPattern})$`, 'u');
  } catch {
    return { url, prefix: null };
  }
  if (pattern.test(rest)) return { url: browserUrl(rest.replace(pattern, def.replacementPattern)), prefix: def.ident };
  return { url, prefix: null };
}

export function classifyUrl(raw: string, defs: readonly PrefixDef[] = []): ResolvedUrl {
  const { url, prefix } = expandPrefix(browserUrl(raw), defs);
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase() ?? null;
  const kind: UrlKind =
    scheme === null
      ? NETWORK_PATH.test(url) ? 'other' : 'link'
      : ALLOWED_SCHEMES.has(scheme) ? 'link' : FORBIDDEN_SCHEMES.has(scheme) ? 'forbidden' : 'other';
  return { raw, url, scheme, kind, prefix };
}

/** The address to link to, or null when the pointer must stay text. */
export function safeHref(raw: string | null | undefined, defs: readonly PrefixDef[] = []): string | null {
  if (raw === null || raw === undefined) return null;
  const resolved = classifyUrl(raw, defs);
  return resolved.kind === 'link' ? resolved.url : null;
}
