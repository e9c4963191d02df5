/**
 * The EPUB container (OCF): a ZIP whose first entry is `mimetype`, stored, without an extra field,
 * then the rest. Deterministic: every entry has the same fixed time (the date of the sources)
 * and no extended-timestamp field, so that the same build gives the same bytes.
 */
import { ZipFile } from 'yazl';

export interface ZipEntry {
  path: string;
  content: string | Uint8Array;
}

/**
 * ZIP stores local (DOS) time, which yazl takes from the Date's local fields: a Date made from
 * local fields gives the same bytes in every time zone.
 */
export function dosTime(isoDate: string | null): Date {
  const [y, m, d] = (isoDate ?? '1980-01-01').split('-').map(Number);
  return new Date(y ?? 1980, (m ?? 1) - 1, d ?? 1, 0, 0, 0);
}

/**
 * zlib's level 6, its default: for the texts of an e-book half the time of level 9 (the 20 ELTeC
 * novels' e-book: 0.66 s against 1.23 s) for 0.4 % more bytes.
 */
export function zipEpub(entries: readonly ZipEntry[], mtime: Date): Promise<Uint8Array> {
  const zip = new ZipFile();
  const common = { mtime, mode: 0o100644, forceDosTimestamp: true };
  zip.addBuffer(Buffer.from('application/epub+zip', 'ascii'), 'mimetype', { ...common, compress: false });
  for (const e of entries) {
    zip.addBuffer(typeof e.content === 'string' ? Buffer.from(e.content, 'utf8') : Buffer.from(e.content), e.path, { ...common, compressionLevel: 6 });
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
  });
}
