/**
 * Links that cannot run script: every URL in a pointer attribute (and in an idno of type URI or
 * URL) is read as a browser would (src/model/urls.ts). A scheme that runs code or reads local
 * data is an error; another scheme that no prefixDef expands is a warning, since it is shown as
 * text and never becomes a link.
 */
import { attributePlace } from '../../locate.js';
import { URL_ATTRIBUTES, classifyUrl, prefixDefs, type ResolvedUrl } from '../../model/urls.js';
import { elements, textOf } from '../../xml.js';
import type { Rule } from '../rule.js';

const FORBIDDEN_HINT =
  'link with http:, https: or mailto:, a relative path or #id; to quote such an address, write it as text in the document';
const OTHER_HINT =
  'declare the prefix in the header (<listPrefixDef><prefixDef ident="…" matchPattern="…" replacementPattern="https://…"/>) to make it a link, or leave it as text';

export const urlScheme: Rule = {
  id: 'url-scheme',
  description: 'no URL uses a scheme that runs code or reads local data; other schemes stay text',
  kind: 'safety',
  severity: 'error',
  check(tree, report, file) {
    const defs = prefixDefs(tree);
    for (const el of elements(tree)) {
      const values: [string, string][] = URL_ATTRIBUTES.flatMap((a) => (el.attributes[a] === undefined ? [] : [[a, el.attributes[a]!]]));
      if (el.local === 'idno' && /^(uri|url)$/i.test(el.attributes['type'] ?? '')) values.push(['', textOf(el)]);
      for (const [attr, value] of values) {
        const what = attr ? `@${attr}="${shown(value)}" on <${el.local}>` : `<idno type="${el.attributes['type']}">${shown(value)}</idno>`;
        const place = (attr ? attributePlace(file, el, attr) : undefined) ?? el.start;
        // A pointer list is read token by token (TEI); a browser reads the whole value as one URL.
        const tokens = value.split(/[ \t\n\r]+/).filter((t) => t !== '');
        const judged = tokens.map((t) => classifyUrl(t, defs));
        const whole = classifyUrl(value, defs);
        const forbidden = judged.find((r) => r.kind === 'forbidden') ?? (whole.kind === 'forbidden' ? whole : undefined);
        if (forbidden) {
          report(`${what} uses the scheme ${forbidden.scheme}:, which ${why(forbidden)}: it must never become a link`, place, FORBIDDEN_HINT);
          continue;
        }
        const others = judged.filter((r) => r.kind === 'other');
        if (others.length === 0 && whole.kind === 'other') others.push(whole);
        for (const other of others) {
          report(`${what}: ${describe(other)} is not a web link: it is kept in the data and shown as text`, place, OTHER_HINT, 'warning');
        }
      }
    }
  },
};

function why(r: ResolvedUrl): string {
  const s = r.scheme ?? '';
  const what = /script|mocha/.test(s) ? 'runs code in the reader\'s browser' : s === 'data' || s === 'blob' ? 'carries a document of its own that can run code' : 'opens local or browser-internal data';
  return r.prefix ? `${what} (the expansion of the prefix ${r.prefix}:)` : what;
}

function describe(r: ResolvedUrl): string {
  return r.scheme ? `the scheme ${r.scheme}:` : `the network-path reference ${shown(r.url)} (it takes the page's scheme, file: when opened from disk)`;
}

/** The value as it can be printed on one line: controls as \u escapes, long values cut. */
function shown(value: string): string {
  const v = value.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return v.length > 80 ? `${v.slice(0, 77)}…` : v;
}


