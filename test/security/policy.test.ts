/**
 * The URL policy is written twice, in TypeScript (src/model/urls.ts: validation, JSON) and in
 * XSLT (xslt/modules/urls.xsl: the HTML). Random pointers built from the pieces filters trip on
 * are rendered, and each becomes a link in the HTML exactly when the TypeScript policy says so,
 * to the same address.
 */
import fc from 'fast-check';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { TeiFile } from '../../src/file.js';
import { load } from '../../src/load/index.js';
import { editionModel } from '../../src/model/edition.js';
import { prefixDefs, safeHref } from '../../src/model/urls.js';
import { renderHtml } from '../../src/render/html.js';
import { PREFIXES } from './cases.js';
import { renderCacheOff } from '../helpers.js';

const PIECES = [
  'javascript', 'JaVaScRiPt', 'java', 'script', 'vbscript', 'data', 'file', 'blob', 'http', 'https', 'HTTPS', 'mailto',
  'urn', 'doi', 'x', 'wd', 'Q1394', ':', ':', '//', '/', '\\', '#', '?', '.', '..', ' ', '\t', '\n', '\r', 'a', 'é',
  '𝔄', '%0A', '&', '"', "'", '<', '>', 'alert(1)', '+', '-', '1',
];
const SCHEMES = ['javascript', 'JaVaScRiPt', 'vbscript', 'data', 'file', 'blob', 'http', 'https', 'HTTPS', 'mailto', 'urn', 'doi', 'x', 'wd', 'bad', 'e', 'view-source'];
const SPACE = [' ', '\t', '\n', '\r'];
/** A scheme with spaces before it and tabs or newlines inside it, then anything. */
const schemed = fc
  .tuple(
    fc.array(fc.constantFrom(...SPACE), { maxLength: 2 }),
    fc.constantFrom(...SCHEMES),
    fc.option(fc.tuple(fc.nat(), fc.constantFrom('\t', '\n', '\r')), { freq: 2 }),
    fc.array(fc.constantFrom(...PIECES), { maxLength: 5 }),
  )
  .map(([before, scheme, inside, rest]) => {
    const s = inside ? scheme.slice(0, inside[0] % scheme.length) + inside[1] + scheme.slice(inside[0] % scheme.length) : scheme;
    return `${before.join('')}${s}:${rest.join('')}`;
  });
const pointer = fc.oneof(schemed, fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 }).map((p) => p.join('')));

function attr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

function doc(pointers: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="nl">
<teiHeader><fileDesc><titleStmt><title>Policy</title></titleStmt><publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc>${PREFIXES}</teiHeader>
<text><body><div>${pointers.map((p, i) => `<p xml:id="u${i}"><ref target="${attr(p)}">r</ref></p>`).join('\n')}</div></body></text>
</TEI>`;
}

type Element = DefaultTreeAdapterMap['element'];
/** href of the <a> (other than the paragraph's own) inside each <p id="uN">, or null. */
function hrefs(html: string): Map<string, string | null> {
  const out = new Map<string, string | null>();
  const visit = (node: DefaultTreeAdapterMap['node'], para: string | null): void => {
    if ('tagName' in node) {
      const el = node as Element;
      const id = el.attrs.find((a) => a.name === 'id')?.value;
      if (el.tagName === 'p' && id?.startsWith('u')) {
        para = id;
        out.set(id, null);
      }
      const href = el.attrs.find((a) => a.name === 'href')?.value;
      if (para && el.tagName === 'a' && href !== undefined) out.set(para, href);
    }
    if ('childNodes' in node) for (const c of node.childNodes) visit(c, para);
  };
  visit(parse(html), null);
  return out;
}

const BASE = 'https://edition.invalid/doc/index.html';
function same(a: string, b: string): boolean {
  const parse = (s: string): string | null => {
    try {
      return new URL(s, BASE).href;
    } catch {
      return null;
    }
  };
  // The HTML serialiser percent-encodes non-ASCII characters in href; the URL parser does too.
  return parse(a) === parse(b) && (parse(a) !== null || a === b);
}

// Random documents would fill the render cache.
renderCacheOff();

describe('the XSLT and the TypeScript URL policy agree', () => {
  it('on 2 × 150 random pointers', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(pointer, { minLength: 150, maxLength: 150 }), async (pointers) => {
        const file = new TeiFile('policy.xml', doc(pointers));
        load(file);
        expect(file.wellFormed).toBe(true);
        const defs = prefixDefs(file.tree!);
        const outputs = await renderHtml(file, editionModel([file], {}));
        expect(file.messages.filter((m) => m.source === 'render')).toEqual([]);
        const found = hrefs(String(outputs[0]!.content));
        // Tabs and newlines are written as character references: the attribute holds them.
        pointers.forEach((value, i) => {
          const first = value.split(/[ \t\n\r]+/).find((t) => t !== '');
          // Fragments depend on the ids of the document, empty targets on nothing: not the policy.
          if (first === undefined || (safeHref(first, defs) ?? '').startsWith('#') || first.startsWith('#')) return;
          const expected = safeHref(value, defs) === null ? null : safeHref(first, defs);
          const got = found.get(`u${i}`) ?? null;
          const context = JSON.stringify(pointers[i]);
          if (expected === null) expect(got, context).toBeNull();
          else expect(got !== null && same(got, expected), `${context}: ${got} ≠ ${expected}`).toBe(true);
        });
      }),
      { numRuns: 2, seed: 42 },
    );
  }, 120_000);
});
