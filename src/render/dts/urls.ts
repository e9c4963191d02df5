/**
 * The DTS URL scheme in one place: the path-style URI templates (RFC 6570) that the entry point
 * and every Resource publish, and the static file that each of their expansions names. This is
 * the DTS 1.0 "URI Templates examples for static website" form: `tree` and `down` are path
 * parameters (`;down=1`), and `ref`, `start`, `end` (mutually exclusive) are path segments, so
 * `ref` gives one segment and a `start`/`end` range two. A file name keeps the decoded value, as
 * a web server maps a request to a file after percent-decoding it.
 */

/** The folder of the DTS API in the output. */
export const DTS_DIR = 'dts';

/** The absolute address of the API: `<base>dts/`. */
export function dtsRoot(baseUrl: string): string {
  return `${baseUrl}${DTS_DIR}/`;
}

/** RFC 6570 simple expansion: every character but the unreserved ones is percent-encoded. */
export function encode(value: string): string {
  return Array.from(new TextEncoder().encode(value), (b) => {
    const c = String.fromCharCode(b);
    return /[A-Za-z0-9\-._~]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }).join('');
}

/** The templates of the entry point: every endpoint, for any resource or collection. */
export function entryTemplates(root: string): { collection: string; navigation: string; document: string } {
  return {
    collection: `${root}collection{/id}{;nav}.json`,
    navigation: `${root}navigation/{resource}{;tree}{;down}{/ref,start,end}.json`,
    document: `${root}document/{resource}{;tree}{/ref,start,end}.xml{?mediaType}`,
  };
}

/** The templates of one Collection or Resource: its id is filled in. */
export function ownTemplates(root: string, id: string): { collection: string; navigation: string; document: string } {
  const e = encode(id);
  return {
    collection: `${root}collection/${e}{;nav}.json`,
    navigation: `${root}navigation/${e}{;tree}{;down}{/ref,start,end}.json`,
    document: `${root}document/${e}{;tree}{/ref,start,end}.xml{?mediaType}`,
  };
}

/** A file of the API: its path in the output and the URL that names it. */
export interface Located {
  path: string;
  url: string;
}

function located(root: string, parts: [raw: string, encoded: string][]): Located {
  return {
    path: `${DTS_DIR}/${parts.map(([raw]) => raw).join('')}`,
    url: `${root}${parts.map(([, enc]) => enc).join('')}`,
  };
}

const lit = (s: string): [string, string] => [s, s];
const val = (prefix: string, v: string): [string, string] => [prefix + v, prefix + encode(v)];

export function entryFile(root: string): Located {
  return located(root, [lit('index.json')]);
}

/** The Collection endpoint: no id is the root collection; nav is `parents` or `children`. */
export function collectionFile(root: string, id: string | null, nav?: 'parents' | 'children'): Located {
  return located(root, [
    lit('collection'),
    ...(id !== null ? [val('/', id)] : []),
    ...(nav ? [val(';nav=', nav)] : []),
    lit('.json'),
  ]);
}

export interface NavigationQuery {
  resource: string;
  tree?: string | null;
  down?: number;
  ref?: string;
}

export function navigationFile(root: string, q: NavigationQuery): Located {
  return located(root, [
    val('navigation/', q.resource),
    ...(q.tree ? [val(';tree=', q.tree)] : []),
    ...(q.down !== undefined ? [val(';down=', String(q.down))] : []),
    ...(q.ref !== undefined ? [val('/', q.ref)] : []),
    lit('.json'),
  ]);
}

export function documentFile(root: string, q: { resource: string; tree?: string | null; ref?: string }): Located {
  return located(root, [
    val('document/', q.resource),
    ...(q.tree ? [val(';tree=', q.tree)] : []),
    ...(q.ref !== undefined ? [val('/', q.ref)] : []),
    lit('.xml'),
  ]);
}

/**
 * Why a value cannot be a path segment of a static file, or null when it can: a `/` would be
 * decoded into a folder separator by the server, `.` and `..` name folders, and control
 * characters have no place in file names.
 */
export function unservable(value: string): string | null {
  if (value === '') return 'it is empty';
  if (value === '.' || value === '..') return `"${value}" names a folder`;
  if (value.includes('/')) return 'it contains "/", which a web server reads as a folder separator';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(value)) return 'it contains a control character';
  return null;
}
