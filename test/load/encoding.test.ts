/**
 * Encodings (src/load/decode.ts): UTF-8 with or without a byte order mark, UTF-16 LE/BE with
 * one, and whatever the XML declaration names that TextDecoder reads; the published TEI is
 * UTF-8; an encoding that lies is a located error; positions stay right after decoding.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { fromBytes, load } from '../../src/load/index.js';
import { elements, textOf } from '../../src/xml.js';
import { loadText, places, tempDir } from '../helpers.js';

/** A small TEI document with non-ASCII text, its declaration naming `encoding`. */
const doc = (encoding?: string): string =>
  `${encoding ? `<?xml version="1.0" encoding="${encoding}"?>` : ''}<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="nl">
<teiHeader><fileDesc><titleStmt><title>Één ‘ontmoeting’</title></titleStmt><publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>
<text><body><p>Kropotkin zei: “Maar ik ben niet tégen”, <hi>café</hi> ë — €5.</p></body></text>
</TEI>
`;

const utf16le = (s: string, bom = true) => Buffer.concat([Buffer.from(bom ? [0xff, 0xfe] : []), Buffer.from(s, 'utf16le')]);
const utf16be = (s: string, bom = true) => {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return Buffer.concat([Buffer.from(bom ? [0xfe, 0xff] : []), le]);
};
/** windows-1252 bytes of a string (Latin-1 plus the quotes at 0x91–0x94). */
const cp1252 = (s: string) => Buffer.from([...s].map((c) => ({ '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '€': 0x80, '—': 0x97 })[c] ?? c.charCodeAt(0)));

function loaded(bytes: Uint8Array, name = 'doc.xml') {
  const file = fromBytes(name, bytes);
  load(file);
  return file;
}

/** Every element's name and place, to compare a decoded document with the same text in UTF-8. */
const layout = (file: ReturnType<typeof loaded>) => [...elements(file.tree!)].map((e) => `${e.local}@${e.start.line}:${e.start.column}`);

describe('encodings', () => {
  const latin = doc('ISO-8859-1').replace(/[‘’“”—€]/g, '"');
  const latin15 = doc('ISO-8859-15').replace(/[‘’“”—]/g, '"');
  it.each([
    ['UTF-8 without a byte order mark', doc('UTF-8'), Buffer.from(doc('UTF-8')), 'utf-8'],
    ['UTF-8 without a declaration', doc(), Buffer.from(doc()), 'utf-8'],
    ['UTF-8 with a byte order mark', doc('UTF-8'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(doc('UTF-8'))]), 'utf-8'],
    ['UTF-16 LE with a byte order mark', doc('UTF-16'), utf16le(doc('UTF-16')), 'utf-16le'],
    ['UTF-16 BE with a byte order mark', doc('UTF-16'), utf16be(doc('UTF-16')), 'utf-16be'],
    ['UTF-16 BE with a byte order mark, no declaration', doc(), utf16be(doc()), 'utf-16be'],
    ['ISO-8859-1 (named in the declaration)', latin, Buffer.from(latin, 'latin1'), 'windows-1252'],
    ['ISO-8859-15 (named in the declaration)', latin15, Buffer.from([...latin15].map((c) => (c === '€' ? 0xa4 : c.charCodeAt(0)))), 'iso-8859-15'],
    ['windows-1252 (named in the declaration)', doc('windows-1252'), cp1252(doc('windows-1252')), 'windows-1252'],
  ])('reads %s, every character at its place', (_, text, bytes, encoding) => {
    const reference = loadText(text);
    const file = loaded(bytes);
    expect(file.messages).toEqual([]);
    expect(file.encoding).toBe(encoding);
    expect(file.text).not.toMatch(/^\uFEFF/);
    expect(layout(file)).toEqual(layout(reference));
    expect(textOf(file.tree!)).toBe(textOf(reference.tree!));
  });

  it('rewrites a declared encoding to UTF-8 in the text, padded so that nothing moves', () => {
    const file = loaded(cp1252(`<?xml version="1.0" encoding="windows-1252"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><text>’</text></TEI>`));
    expect(file.text).toMatch(/^<\?xml version="1.0" encoding="UTF-8" {7}\?><TEI/);
    expect(layout(file)).toEqual(['TEI@1:46', 'text@1:87']);
    expect(textOf(file.tree!)).toBe('’');
  });

  it.each([
    ['UTF-16 bytes declared UTF-8', utf16le(doc('UTF-8')), '1:31', /the byte order mark says UTF-16 \(little-endian\), but the XML declaration says UTF-8/],
    ['UTF-16 bytes without a byte order mark', utf16le(doc('UTF-8'), false), '1:31', /the bytes are UTF-16 \(little-endian\), but the XML declaration says UTF-8/],
    ['UTF-16 big-endian without a mark or declaration', utf16be(doc(), false), '1:1', /the bytes are UTF-16 \(big-endian\)/],
    ['a UTF-8 byte order mark on a document declared ISO-8859-1', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(doc('ISO-8859-1'))]), '1:31', /the byte order mark says UTF-8/],
    ['UTF-16 declared on ASCII bytes', Buffer.from(doc('UTF-16')), '1:31', /says UTF-16, but the file has no UTF-16 byte order mark/],
    ['UTF-8 bytes declared ISO-8859-1', Buffer.from(doc('ISO-8859-1')), '2:40', /says ISO-8859-1, but the bytes are UTF-8/],
    ['an encoding TextDecoder does not know', Buffer.from(doc('x-klingon')), '1:31', /cannot read: x-klingon/],
  ])('refuses %s, where it shows', (_, bytes, place, reason) => {
    const file = loaded(bytes);
    expect(places(file)).toEqual([`${place} encoding`]);
    expect(file.messages[0]!.reason).toMatch(reason);
    expect(file.messages[0]!.hint).toBeTruthy();
  });

  /** The column of "café" on line 3. */
  const line3 = doc('UTF-8').split('\n')[2]!;
  const cafe = Array.from(line3.slice(0, line3.indexOf('café'))).length + 1;

  it('places invalid UTF-8 at its line and column', () => {
    const bytes = Buffer.from(doc('UTF-8'));
    const at = bytes.indexOf(Buffer.from('café')) + 3;
    bytes[at] = 0xe9; // é in Latin-1, then 0xA9: not a valid sequence
    bytes[at + 1] = 0x3c;
    const file = loaded(bytes);
    expect(file.messages[0]!.reason).toMatch(/^the bytes are not valid UTF-8.*: byte 0xE9 at offset/);
    expect(places(file)).toEqual([`3:${cafe + 3} encoding`]);
  });

  it('refuses NUL characters, with the hint that the file may be another encoding', () => {
    const file = loaded(Buffer.from(doc('UTF-8').replace('café', 'caf\0')));
    expect(places(file)).toEqual([`3:${cafe + 3} encoding`]);
    expect(file.messages[0]!.hint).toMatch(/byte order mark/);
  });

  it('publishes the TEI of a document read from windows-1252 or UTF-16 as UTF-8, declared so', async () => {
    const dir = tempDir('tei-edition-encoding-');
    writeFileSync(path.join(dir, 'latin.xml'), cp1252(doc('windows-1252')));
    writeFileSync(path.join(dir, 'wide.xml'), utf16be(doc('UTF-16')));
    const out = path.join(dir, 'dist');
    const result = await build({ inputs: [path.join(dir, 'latin.xml'), path.join(dir, 'wide.xml')], out });
    expect(result.files.flatMap((f) => f.messages.filter((m) => m.severity === 'error'))).toEqual([]);
    expect(result.written).toBe(true);
    for (const id of ['latin', 'wide']) {
      const published = readFileSync(path.join(out, id, `${id}.xml`));
      expect(published.subarray(0, 3).equals(Buffer.from('<?x'))).toBe(true);
      expect(published.toString('utf8')).toBe(doc('UTF-8'));
    }
    expect(readFileSync(path.join(out, 'latin', 'index.html'), 'utf8')).toContain('tégen');
  });
});
