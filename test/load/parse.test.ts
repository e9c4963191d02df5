import { describe, expect, it } from 'vitest';
import { fromBytes } from '../../src/load/index.js';
import { load } from '../../src/load/index.js';
import { textOf } from '../../src/xml.js';
import { loadText, places, tei } from '../helpers.js';

describe('load: well-formedness', () => {
  it('builds a tree with the start position of every element', () => {
    const file = loadText('<TEI xmlns="http://www.tei-c.org/ns/1.0">\n  <text>é😀<p/></text>\n</TEI>');
    expect(file.messages).toEqual([]);
    expect(file.wellFormed).toBe(true);
    expect(file.isTei).toBe(true);
    const text = file.tree!.children.find((c) => c.type === 'element')!;
    expect(text.type === 'element' && text.start).toEqual({ line: 2, column: 3 });
    const p = text.type === 'element' ? text.children.find((c) => c.type === 'element') : undefined;
    // columns count code points: the emoji is one column
    expect(p?.type === 'element' && p.start).toEqual({ line: 2, column: 11 });
  });

  it('places an unclosed tag at its start tag, even when an enclosing end tag comes first', () => {
    const file = loadText(tei('<p>Een <hi>fout.</p>'));
    expect(places(file)).toEqual(['4:20 well-formed']);
    expect(file.messages[0]!.reason).toMatch(/<hi> is never closed/);
    expect(file.wellFormed).toBe(false);
  });

  it('places a tag left open at the end of the file', () => {
    const file = loadText('<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<text>\n  <body>');
    expect(places(file)).toEqual(['3:3 well-formed']);
    expect(file.messages[0]!.reason).toBe('<body> is never closed');
  });

  it('names a stray end tag where it stands', () => {
    const file = loadText('<TEI xmlns="http://www.tei-c.org/ns/1.0"></TEI>\n</x>');
    expect(file.messages).toHaveLength(1);
    expect(file.messages[0]!.line).toBe(2);
  });

  it('reports one clean message per fault, not the parser\'s cascade', () => {
    const file = loadText(tei('<p>a <b>c <d>e</p>'));
    expect(file.messages.filter((m) => m.ruleId === 'well-formed')).toHaveLength(1);
  });

  it('refuses a DOCTYPE, so no entity is ever expanded', () => {
    const bomb =
      '<?xml version="1.0"?>\n<!DOCTYPE TEI [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n' +
      '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>&b;</p></body></text></TEI>';
    const file = loadText(bomb);
    expect(places(file)).toEqual(['2:1 no-doctype']);
    expect(textOf(file.tree!)).not.toContain('aaaaaaaaaa');
  });

  it('refuses an external entity', () => {
    const xxe = '<!DOCTYPE TEI [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<TEI xmlns="http://www.tei-c.org/ns/1.0">&x;</TEI>';
    const file = loadText(xxe);
    expect(file.messages[0]!.ruleId).toBe('no-doctype');
    expect(textOf(file.tree!)).not.toContain('root:');
  });

  it('refuses bytes that are not UTF-8, at the first bad byte', () => {
    const file = fromBytes('latin1.xml', new Uint8Array([0x3c, 0x61, 0x3e, 0xe9, 0x3c, 0x2f, 0x61, 0x3e]));
    load(file);
    expect(places(file)).toEqual(['1:4 encoding']);
  });

  it('gives a document that is not TEI one clear error', () => {
    const other = loadText('<html><body/></html>');
    expect(places(other)).toEqual(['1:1 tei-root']);
    const wrongNs = loadText('<TEI xmlns="http://example.org/"><text/></TEI>');
    expect(wrongNs.messages).toHaveLength(1);
    expect(wrongNs.messages[0]!.reason).toContain('http://example.org/');
  });
});
