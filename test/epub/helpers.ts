/** Shared by the EPUB tests: the entries of an e-book (yauzl), and its XML files parsed. */
import yauzl from 'yauzl';
import { TeiFile } from '../../src/file.js';
import { parse } from '../../src/load/parse.js';
import { elements, textOf, type XElement } from '../../src/xml.js';

export interface ZipItem {
  name: string;
  method: number;
  extraLength: number;
  dosDate: number;
  dosTime: number;
  data: Buffer;
}

/** Every entry of a ZIP, in the order of the archive, with its raw header fields and bytes. */
export function unzip(bytes: Uint8Array): Promise<ZipItem[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true, decodeStrings: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      const items: ZipItem[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            items.push({
              name: entry.fileName,
              method: entry.compressionMethod,
              extraLength: entry.extraFieldLength,
              dosDate: entry.lastModFileDate,
              dosTime: entry.lastModFileTime,
              data: Buffer.concat(chunks),
            });
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(items));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** An XML file of the e-book as a tree (the project's own parser). */
export function xml(text: string, name = 'file.xhtml'): XElement {
  const file = new TeiFile(name, text);
  parse(file);
  if (!file.tree) throw new Error(`${name} is not well-formed: ${file.messages.map((m) => m.reason).join('; ')}`);
  return file.tree;
}

export const all = (root: XElement, test: (e: XElement) => boolean): XElement[] => [...elements(root)].filter(test);
export const hasClass = (e: XElement, c: string): boolean => (e.attributes['class'] ?? '').split(/\s+/).includes(c);
export const epubType = (e: XElement): string[] => (e.attributes['epub:type'] ?? '').split(/\s+/).filter(Boolean);

/** The text a reader reads: without what is only for screen readers and without markers. */
export function readText(el: XElement): string {
  let out = '';
  for (const c of el.children) {
    if (c.type === 'text') out += c.value;
    else if (hasClass(c, 'vh') || hasClass(c, 'pn') || hasClass(c, 'noteref') || hasClass(c, 'back') || hasClass(c, 'at') || hasClass(c, 'sources') || epubType(c).includes('pagebreak')) continue;
    else out += readText(c);
  }
  return out;
}

export const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();
export { textOf };
